package org.platekeeper.reads.domain;

import java.util.Locale;
import java.util.Set;

/** The two-letter codes of the jurisdictions that issue plates: US states, DC, territories, Canadian provinces. */
public final class Jurisdiction {

    private static final Set<String> CODES = Set.of(
            "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
            "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND",
            "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
            "DC", "PR", "VI", "GU", "AS", "MP",
            "AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT");

    private Jurisdiction() {
    }

    /** The upper-case code, or null for none; an unknown code is refused. */
    public static String normalise(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String upper = code.strip().toUpperCase(Locale.ROOT);
        if (!CODES.contains(upper)) {
            throw new IllegalArgumentException("state '" + code + "' is not a known two-letter plate jurisdiction");
        }
        return upper;
    }
}
