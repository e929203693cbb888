package org.platekeeper.cameras.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A camera's credential: 32 random bytes, shown once when issued. Only its SHA-256 is stored; a token this long
 * needs no salt or slow hash, and checking it stays cheap enough for every read a camera sends.
 */
public record IngestToken(String value) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public static IngestToken issue() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new IngestToken("pk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    public String hash() {
        return hashOf(value);
    }

    public static String hashOf(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "IngestToken[…]"; // never in logs
    }
}
