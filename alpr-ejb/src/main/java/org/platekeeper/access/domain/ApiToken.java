package org.platekeeper.access.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.platekeeper.shared.domain.BearerSecret;

/**
 * A personal API token (IA-2): what a user's script signs in with when the user has a second factor, which HTTP
 * Basic cannot carry. It acts as its owner, with the owner's roles as they are at each request, so a role taken
 * away, a lapsed training record or a disabled account stops it as it stops the owner. Shown once when issued;
 * only its SHA-256 is kept.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    /** Tells a user's token apart from a camera's ({@code pk_}) and a partner's ({@code pkp_}). */
    public static final String PREFIX = "pku_";
    public static final int LABEL_MAX_LENGTH = 80;
    public static final Duration LONGEST_LIFETIME = Duration.ofDays(365);
    /** Last use is written at most this often, so a busy script does not turn every read into a write. */
    static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(5);

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    private UserAccount owner;

    @Column(name = "label", nullable = false, updatable = false, length = LABEL_MAX_LENGTH)
    private String label;

    @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = UserAccount.USERNAME_MAX_LENGTH)
    private String revokedBy;

    protected ApiToken() {
    }

    /** A new token and the secret to show its owner once. */
    public record Issued(ApiToken token, String secret) {

        @Override
        public String toString() {
            return "Issued[" + token.id + "]"; // the secret never reaches a log
        }
    }

    public static Issued issue(UserAccount owner, String label, Duration lifetime, Instant now) {
        Objects.requireNonNull(owner, "owner");
        String trimmed = label == null ? "" : label.strip();
        if (trimmed.isEmpty() || trimmed.length() > LABEL_MAX_LENGTH) {
            throw new IllegalArgumentException("a token needs a label of 1 to " + LABEL_MAX_LENGTH
                    + " characters that says what uses it");
        }
        if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(LONGEST_LIFETIME) > 0) {
            throw new IllegalArgumentException("a token lasts from one day to " + LONGEST_LIFETIME.toDays()
                    + " days");
        }
        String secret = BearerSecret.issue(PREFIX);
        ApiToken token = new ApiToken();
        token.id = UUID.randomUUID();
        token.owner = owner;
        token.label = trimmed;
        token.tokenHash = BearerSecret.hashOf(secret);
        token.createdAt = now;
        token.expiresAt = now.plus(lifetime);
        return new Issued(token, secret);
    }

    public static boolean looksLikeOne(String secret) {
        return secret != null && secret.startsWith(PREFIX);
    }

    public boolean usableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    /**
     * Notes a use; true when the use was written down (the first in {@link #USE_RECORDED_EVERY}), which is when
     * the sign-in it stands for is worth an audit event.
     */
    public boolean used(Instant now) {
        if (lastUsedAt != null && lastUsedAt.plus(USE_RECORDED_EVERY).isAfter(now)) {
            return false;
        }
        lastUsedAt = now;
        return true;
    }

    /** Revoked for good; revoking a revoked token changes nothing. */
    public boolean revoke(String by, Instant now) {
        if (revokedAt != null) {
            return false;
        }
        revokedAt = now;
        revokedBy = by;
        return true;
    }

    public UUID id() {
        return id;
    }

    public UserAccount owner() {
        return owner;
    }

    public String label() {
        return label;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public String revokedBy() {
        return revokedBy;
    }
}
