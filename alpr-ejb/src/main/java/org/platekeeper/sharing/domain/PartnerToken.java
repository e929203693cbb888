package org.platekeeper.sharing.domain;

import org.platekeeper.shared.domain.BearerSecret;

/**
 * The credential of one sharing agreement, shown once when issued; only its SHA-256 is stored. Its prefix tells it
 * apart from a camera's token, so each is accepted only at its own door.
 */
public record PartnerToken(String value) {

    public static final String PREFIX = "pkp_";

    public static PartnerToken issue() {
        return new PartnerToken(BearerSecret.issue(PREFIX));
    }

    public static boolean looksLikeOne(String token) {
        return token != null && token.startsWith(PREFIX);
    }

    public String hash() {
        return BearerSecret.hashOf(value);
    }

    @Override
    public String toString() {
        return "PartnerToken[…]"; // never in logs
    }
}
