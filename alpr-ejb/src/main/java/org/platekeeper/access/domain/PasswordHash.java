package org.platekeeper.access.domain;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A salted PBKDF2-HMAC-SHA256 password hash, stored as {@code pbkdf2-sha256$iterations$salt$hash}. The iteration
 * count travels with the hash so it can be raised later without invalidating stored passwords.
 */
public final class PasswordHash {

    public static final int MINIMUM_PASSWORD_LENGTH = 10;
    static final int ITERATIONS = 210_000;
    private static final String SCHEME = "pbkdf2-sha256";
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String encoded;

    private PasswordHash(String encoded) {
        this.encoded = encoded;
    }

    public static PasswordHash of(char[] password) {
        return of(password, ITERATIONS);
    }

    static PasswordHash of(char[] password, int iterations) {
        if (password == null || password.length < MINIMUM_PASSWORD_LENGTH) {
            throw new IllegalArgumentException(
                    "a password needs at least " + MINIMUM_PASSWORD_LENGTH + " characters");
        }
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = derive(password, salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return new PasswordHash(SCHEME + "$" + iterations + "$" + b64.encodeToString(salt) + "$"
                + b64.encodeToString(hash));
    }

    /** The hash of a random secret nobody knows: the place-holder of a password kept elsewhere. */
    public static PasswordHash unusable() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return of(Base64.getEncoder().encodeToString(secret).toCharArray());
    }

    public static PasswordHash fromEncoded(String encoded) {
        String[] parts = encoded.split("\\$");
        if (parts.length != 4 || !SCHEME.equals(parts[0])) {
            throw new IllegalArgumentException("not a " + SCHEME + " hash");
        }
        return new PasswordHash(encoded);
    }

    /** Compares in constant time, so the answer's timing does not reveal how much of the password was right. */
    public boolean matches(char[] candidate) {
        if (candidate == null || candidate.length == 0) {
            return false;
        }
        String[] parts = encoded.split("\\$");
        int iterations = Integer.parseInt(parts[1]);
        Base64.Decoder b64 = Base64.getDecoder();
        byte[] salt = b64.decode(parts[2]);
        byte[] expected = b64.decode(parts[3]);
        return MessageDigest.isEqual(expected, derive(candidate, salt, iterations));
    }

    public String encoded() {
        return encoded;
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available in this JDK", e);
        } finally {
            spec.clearPassword();
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PasswordHash that && encoded.equals(that.encoded);
    }

    @Override
    public int hashCode() {
        return encoded.hashCode();
    }

    @Override
    public String toString() {
        return SCHEME + "$…";
    }

    /** Burns the same time as a real check, for sign-ins with an unknown user name. */
    public static void simulateCheck(char[] candidate) {
        char[] input = candidate == null || candidate.length == 0 ? new char[] {'-'} : candidate;
        derive(input, new byte[SALT_BYTES], ITERATIONS);
    }
}
