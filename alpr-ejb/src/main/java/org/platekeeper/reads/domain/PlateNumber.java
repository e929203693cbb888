package org.platekeeper.reads.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A plate's characters as matched and searched: upper case, without the spaces, dashes and dots that plates and
 * cameras put between groups. The text as the camera sent it is kept beside it.
 */
public record PlateNumber(String normalised, String asRead) {

    public static final int MAX_LENGTH = 16;
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-.·•]");
    private static final Pattern VALID = Pattern.compile("[A-Z0-9]{1,10}");

    public static PlateNumber of(String asRead) {
        if (asRead == null || asRead.isBlank()) {
            throw new IllegalArgumentException("plate is required");
        }
        String raw = asRead.strip();
        if (raw.length() > 32) {
            throw new IllegalArgumentException("plate is longer than 32 characters");
        }
        String normalised = SEPARATORS.matcher(raw).replaceAll("").toUpperCase(Locale.ROOT);
        if (!VALID.matcher(normalised).matches()) {
            throw new IllegalArgumentException("plate '" + raw + "' is not 1 to 10 letters and digits");
        }
        return new PlateNumber(normalised, raw);
    }
}
