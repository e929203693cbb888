package org.platekeeper.shared.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * How the system's bearer credentials (cameras' and partners' tokens) are made and kept: 32 random bytes behind a
 * prefix that says whose door they open, shown once, stored only as their SHA-256. A secret this long needs no salt
 * or slow hash, so checking one stays cheap enough for every request.
 */
public final class BearerSecret {

    private static final SecureRandom RANDOM = new SecureRandom();

    private BearerSecret() {
    }

    public static String issue(String prefix) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hashOf(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
