package org.platekeeper.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * HTTP Basic credentials verified in the last minute. A password hash costs a tenth of a second by design, which an
 * API client sending many requests would pay on each; this remembers, for a short while, that a user name and
 * password matched. Only a keyed digest of the pair is kept, never the password. The account is still looked up
 * on every request, so a lock, a disablement, a role taken away or a changed password takes effect at once.
 */
@ApplicationScoped
public class VerifiedCredentials {

    private static final int MAX_ENTRIES = 10_000;

    private final byte[] key = new byte[32];
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "ALPR_API_CREDENTIAL_CACHE_SECONDS", defaultValue = "60")
    long rememberSeconds;

    /** Who these credentials signed in as, and when their password was checked. */
    public record Verified(String username, Instant at, Instant until) {
    }

    public VerifiedCredentials() {
        new SecureRandom().nextBytes(key);
    }

    /** Who these credentials signed in as, if they were verified within the last minute. */
    public Optional<Verified> recall(String username, String password) {
        String digest = digest(username, password);
        Verified entry = verified.get(digest);
        if (entry == null) {
            return Optional.empty();
        }
        if (entry.until().isBefore(Instant.now(clock))) {
            verified.remove(digest);
            return Optional.empty();
        }
        return Optional.of(entry);
    }

    public void remember(String username, String password, String signedInAs) {
        if (rememberSeconds <= 0) {
            return;
        }
        if (verified.size() >= MAX_ENTRIES) {
            Instant now = Instant.now(clock);
            verified.values().removeIf(v -> v.until().isBefore(now));
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
        }
        Instant now = Instant.now(clock);
        verified.put(digest(username, password), new Verified(signedInAs, now,
                now.plus(Duration.ofSeconds(rememberSeconds))));
    }

    public void forget(String username, String password) {
        verified.remove(digest(username, password));
    }

    private String digest(String username, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(key);
            sha.update(username.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(password.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
