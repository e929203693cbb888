package org.platekeeper.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A secret that seals audit events (OD-X2): each event's hash is the HMAC-SHA-256 of its content under the key, so
 * whoever holds only the database cannot recompute the chain after changing an event. The key lives outside the
 * database; the events name it by {@code id} so that a rotated key still verifies the events it sealed.
 */
public record ChainKey(String id, byte[] secret) {

    public static final int MIN_SECRET_BYTES = 32;
    public static final int MAX_ID_LENGTH = 32;

    public ChainKey {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[A-Za-z0-9._-]{1," + MAX_ID_LENGTH + "}")) {
            throw new IllegalArgumentException("a chain key id is 1 to " + MAX_ID_LENGTH
                    + " letters, digits, dots, dashes or underscores, not '" + id + "'");
        }
        if (secret == null || secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("chain key '" + id + "' must be at least " + MIN_SECRET_BYTES
                    + " random bytes");
        }
        secret = secret.clone();
    }

    /** The HMAC-SHA-256 of the text, in hexadecimal. */
    public String seal(String canonical) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every JDK", e);
        }
    }

    /** A name for a new key that says nothing of it: the first 8 hex digits of the SHA-256 of the secret. */
    public static String idFor(byte[] secret) {
        try {
            return "k" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret)).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "ChainKey[" + id + "]"; // never the secret
    }
}
