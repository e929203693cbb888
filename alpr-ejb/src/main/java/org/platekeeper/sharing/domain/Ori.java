package org.platekeeper.sharing.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An NCIC Originating Agency Identifier: nine characters, the first two the state's postal code (DC for most
 * federal agencies), the rest letters and digits.
 */
public record Ori(String value) {

    public static final int LENGTH = 9;
    private static final Pattern FORMAT = Pattern.compile("[A-Z]{2}[A-Z0-9]{7}");

    public Ori {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("an ORI is 9 characters: the state's two letters, then 7 letters or "
                    + "digits (e.g. MO0950000)");
        }
    }

    public static Ori parse(String text) {
        return new Ori(text == null ? null : text.strip().toUpperCase(Locale.ROOT));
    }

    public String state() {
        return value.substring(0, 2);
    }

    @Override
    public String toString() {
        return value;
    }
}
