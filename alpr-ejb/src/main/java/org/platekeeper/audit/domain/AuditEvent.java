package org.platekeeper.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One link of the tamper-evident audit trail (OD-R4, OD-AD3, OD-X2). Each event stores the HMAC-SHA-256 of its own
 * content together with the previous event's hash, under a key kept outside the database, so changing, removing or
 * reordering any stored event breaks the chain from that point on, and whoever holds only the database cannot seal
 * a rewritten one. Events recorded before the chain was keyed carry a plain SHA-256. Events are never updated; the
 * table refuses UPDATE and DELETE.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    /** The hash the first event of a trail links to. */
    public static final String GENESIS_HASH = "0".repeat(64);
    public static final int ACTOR_MAX_LENGTH = 100;
    public static final int TEXT_MAX_LENGTH = 2000;
    private static final String MODIFIED = "event content was modified after it was recorded";

    @Id
    @Column(name = "sequence", updatable = false)
    private long sequence;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, updatable = false, length = ACTOR_MAX_LENGTH)
    private String actor;

    @Column(name = "actor_roles", nullable = false, updatable = false)
    private String actorRoles;

    @Column(name = "action", nullable = false, updatable = false)
    private String action;

    @Column(name = "object_type", updatable = false)
    private String objectType;

    @Column(name = "object_id", updatable = false)
    private String objectId;

    @Column(name = "purpose", updatable = false)
    private String purpose;

    @Column(name = "client_address", updatable = false)
    private String clientAddress;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, updatable = false)
    private AuditOutcome outcome;

    @Column(name = "details", updatable = false, length = TEXT_MAX_LENGTH)
    private String details;

    @Column(name = "previous_hash", nullable = false, updatable = false, length = 64)
    private String previousHash;

    @Column(name = "hash", nullable = false, updatable = false, length = 64)
    private String hash;

    /**
     * The SHA-256 of the object and details, which the seal covers instead of them, so that the purge can blank both
     * once the read retention has passed and the event still verifies. Null for an event from before keying.
     */
    @Column(name = "personal_digest", updatable = false, length = 64)
    private String personalDigest;

    /** When the purge blanked the object and details (PC-C1, PC-G1), or null. */
    @Column(name = "redacted_at", updatable = false)
    private Instant redactedAt;

    /** The chain key that sealed the event, or null for an event from before the chain was keyed. */
    @Column(name = "key_id", updatable = false, length = ChainKey.MAX_ID_LENGTH)
    private String keyId;

    protected AuditEvent() {
    }

    /**
     * Creates the event that follows {@code previousHash} at position {@code sequence}. The time is cut to
     * microseconds, the precision the database keeps, so the hash recomputed from the stored row matches.
     */
    public AuditEvent(long sequence, String previousHash, Instant occurredAt, String actor, String actorRoles,
                      AuditableAction action, String clientAddress, ChainKey key) {
        this.sequence = sequence;
        this.previousHash = Objects.requireNonNull(previousHash, "previousHash");
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        this.actor = clip(Objects.requireNonNull(actor, "actor"), ACTOR_MAX_LENGTH);
        this.actorRoles = clip(Objects.requireNonNull(actorRoles, "actorRoles"), TEXT_MAX_LENGTH);
        this.action = action.action();
        this.objectType = action.objectType();
        this.objectId = clip(action.objectId(), TEXT_MAX_LENGTH);
        this.purpose = clip(action.purpose(), TEXT_MAX_LENGTH);
        this.clientAddress = clientAddress;
        this.outcome = action.outcome();
        this.details = clip(action.details(), TEXT_MAX_LENGTH);
        this.keyId = key.id();
        this.personalDigest = personalDigestOfFields();
        this.hash = key.seal(canonical());
    }

    /**
     * Free text as one line (AU-9): a line break, a tab or any other control character people typed is written as
     * an escape (a line break as {@code \n}), so no text can pass for another event or another line of a sheet.
     */
    static String clip(String value, int max) {
        if (value == null) {
            return null;
        }
        StringBuilder line = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                case '\t' -> line.append("\\t");
                case '\\' -> line.append("\\\\");
                default -> {
                    if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                        line.append(String.format("\\u%04x", c));
                    } else {
                        line.appendCodePoint(c);
                    }
                }
            }
        });
        return line.length() <= max ? line.toString() : line.substring(0, max);
    }

    /**
     * Why the stored hash does not seal this event, or null when it does: the HMAC under the key the event names, or
     * for an event from before the chain was keyed, its plain SHA-256.
     */
    public String sealProblem(ChainKeyring keyring) {
        if (keyId == null) {
            if (sequence >= keyring.keyedFrom()) {
                return "event is not sealed with a chain key although the chain is keyed from event "
                        + keyring.keyedFrom() + " (rewritten by someone without the key)";
            }
            return sha256(canonical()).equals(hash) ? null : MODIFIED;
        }
        if (redactedAt == null && !personalDigestOfFields().equals(personalDigest)) {
            return MODIFIED;
        }
        if (redactedAt != null && (objectId != null || details != null)) {
            return "event was marked redacted but still carries its object or details";
        }
        Optional<ChainKey> key = keyring.find(keyId);
        if (key.isEmpty()) {
            return "event is sealed with chain key '" + keyId + "', which the server's keyring does not hold";
        }
        return key.get().seal(canonical()).equals(hash) ? null : MODIFIED;
    }

    /**
     * Every field and the previous hash, each length-prefixed so that no two events read alike. A sealed event has
     * its object and details in through their digest; an event from before keying has them as they are.
     */
    private String canonical() {
        StringBuilder canonical = new StringBuilder(256);
        field(canonical, "sequence", Long.toString(sequence));
        field(canonical, "occurredAt", occurredAt.toString());
        field(canonical, "actor", actor);
        field(canonical, "actorRoles", actorRoles);
        field(canonical, "action", action);
        field(canonical, "objectType", objectType);
        if (keyId == null) {
            field(canonical, "objectId", objectId);
        }
        field(canonical, "purpose", purpose);
        field(canonical, "clientAddress", clientAddress);
        field(canonical, "outcome", outcome.name());
        if (keyId == null) {
            field(canonical, "details", details);
        } else {
            field(canonical, "personalDigest", personalDigest);
        }
        field(canonical, "previousHash", previousHash);
        if (keyId != null) {
            field(canonical, "keyId", keyId);
        }
        return canonical.toString();
    }

    private String personalDigestOfFields() {
        StringBuilder personal = new StringBuilder(128);
        field(personal, "objectId", objectId);
        field(personal, "details", details);
        return sha256(personal.toString());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append(name).append('=');
        if (value == null) {
            out.append("-1:");
        } else {
            out.append(value.length()).append(':').append(value);
        }
        out.append('\n');
    }

    public long sequence() {
        return sequence;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String actorRoles() {
        return actorRoles;
    }

    public String action() {
        return action;
    }

    public String objectType() {
        return objectType;
    }

    public String objectId() {
        return objectId;
    }

    public String purpose() {
        return purpose;
    }

    public String clientAddress() {
        return clientAddress;
    }

    public AuditOutcome outcome() {
        return outcome;
    }

    public String details() {
        return details;
    }

    public String previousHash() {
        return previousHash;
    }

    public String hash() {
        return hash;
    }

    public String keyId() {
        return keyId;
    }

    public String personalDigest() {
        return personalDigest;
    }

    public Instant redactedAt() {
        return redactedAt;
    }
}
