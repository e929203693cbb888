package org.platekeeper.cameras.domain;

import org.platekeeper.shared.domain.BearerSecret;

/** A camera's credential, shown once when issued; only its SHA-256 is stored (see {@link BearerSecret}). */
public record IngestToken(String value) {

    public static final String PREFIX = "pk_";

    public static IngestToken issue() {
        return new IngestToken(BearerSecret.issue(PREFIX));
    }

    public String hash() {
        return hashOf(value);
    }

    public static String hashOf(String token) {
        return BearerSecret.hashOf(token);
    }

    @Override
    public String toString() {
        return "IngestToken[…]"; // never in logs
    }
}
