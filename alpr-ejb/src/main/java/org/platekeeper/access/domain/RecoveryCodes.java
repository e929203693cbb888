package org.platekeeper.access.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.apache.commons.codec.binary.Base32;

/**
 * Ten single-use codes for the day the phone is lost: shown once at enrolment, kept only as SHA-256 digests (each
 * code carries 50 random bits, so a plain digest is enough), and each gone once used.
 */
public final class RecoveryCodes {

    static final int COUNT = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {
    }

    /** New codes, as the user writes them down: ten letters and digits in two groups. */
    public static List<String> generate() {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            byte[] random = new byte[7];
            RANDOM.nextBytes(random);
            String code = new Base32().encodeAsString(random).substring(0, 10).toLowerCase(Locale.ROOT);
            codes.add(code.substring(0, 5) + "-" + code.substring(5));
        }
        return codes;
    }

    /** The digest kept for a code, whatever the case or dashes it is typed with. */
    public static String digest(String code) {
        String normal = code == null ? "" : code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
