package org.platekeeper.hotlists.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The plate of a hot-list entry: a full plate, or a partial one a witness remembered, with {@code ?} for one
 * unknown character and {@code *} for any run of them. A partial plate needs enough known characters that it does
 * not match half the city.
 */
public record PlatePattern(String text) {

    public static final int MIN_KNOWN_CHARACTERS = 3;
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-.·•]");
    private static final Pattern VALID = Pattern.compile("[A-Z0-9?*]{1,10}");

    public static PlatePattern of(String plate) {
        if (plate == null || plate.isBlank()) {
            throw new IllegalArgumentException("plate is required");
        }
        String text = SEPARATORS.matcher(plate.strip()).replaceAll("").toUpperCase(Locale.ROOT)
                .replaceAll("\\*+", "*");
        if (!VALID.matcher(text).matches()) {
            throw new IllegalArgumentException("plate must be 1 to 10 letters and digits, with ? or * for unknown "
                    + "characters");
        }
        PlatePattern pattern = new PlatePattern(text);
        if (pattern.wildcard() && pattern.knownCharacters() < MIN_KNOWN_CHARACTERS) {
            throw new IllegalArgumentException("a partial plate needs at least " + MIN_KNOWN_CHARACTERS
                    + " known characters");
        }
        return pattern;
    }

    public boolean wildcard() {
        return text.indexOf('?') >= 0 || text.indexOf('*') >= 0;
    }

    public int knownCharacters() {
        return (int) text.chars().filter(c -> c != '?' && c != '*').count();
    }

    /** Whether a normalised plate fits this pattern. */
    public boolean matches(String plate) {
        return matches(text, 0, plate, 0);
    }

    private static boolean matches(String pattern, int p, String plate, int i) {
        while (p < pattern.length()) {
            char c = pattern.charAt(p);
            if (c == '*') {
                for (int rest = i; rest <= plate.length(); rest++) {
                    if (matches(pattern, p + 1, plate, rest)) {
                        return true;
                    }
                }
                return false;
            }
            if (i >= plate.length() || (c != '?' && c != plate.charAt(i))) {
                return false;
            }
            p++;
            i++;
        }
        return i == plate.length();
    }
}
