package org.platekeeper.policy.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What counts as a case number, CAD event or file number when one justifies a search or a hot-list entry (PC-B1,
 * OD-U3, OD-H2): a real reference, not a placeholder typed to get past the form ({@code n/a}, {@code none},
 * {@code 0}, {@code 123}, {@code 1111}, {@code 12345}), and, where the agency gives its format, one in that format.
 */
public final class CaseReference {

    public static final int MIN_CHARACTERS = 4;
    private static final Set<String> PLACEHOLDERS = Set.of("n/a", "na", "none", "nil", "null", "unknown", "tbd",
            "pending", "test", "testing", "case", "no case", "not applicable", "see narrative", "xxx", "xxxx");

    private final Pattern agencyFormat;

    /** @param agencyFormat the agency's case-number format, or null where it sets none */
    public CaseReference(Pattern agencyFormat) {
        this.agencyFormat = agencyFormat;
    }

    /**
     * Why the reference does not count, or empty when it does.
     *
     * @param what how the message names it, e.g. "case number"
     */
    public Optional<String> problem(String reference, String what, boolean isCaseNumber) {
        String given = reference.strip();
        String alphanumeric = given.replaceAll("[^\\p{Alnum}]", "").toUpperCase(Locale.ROOT);
        if (PLACEHOLDERS.contains(given.toLowerCase(Locale.ROOT)) || alphanumeric.length() < MIN_CHARACTERS
                || alphanumeric.chars().distinct().count() == 1 || consecutiveDigits(alphanumeric)) {
            return Optional.of("the " + what + " '" + given + "' is a placeholder, not a reference to police "
                    + "business: give the real one, or a purpose code with a narrative (PC-B1, OD-U3)");
        }
        if (isCaseNumber && agencyFormat != null && !agencyFormat.matcher(given).matches()) {
            return Optional.of("the case number '" + given + "' is not in the agency's format ("
                    + agencyFormat.pattern() + ")");
        }
        return Optional.empty();
    }

    /** 1234, 98765: digits counting up or down by one. */
    private static boolean consecutiveDigits(String text) {
        if (!text.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int step = text.charAt(1) - text.charAt(0);
        if (Math.abs(step) != 1) {
            return false;
        }
        for (int i = 2; i < text.length(); i++) {
            if (text.charAt(i) - text.charAt(i - 1) != step) {
                return false;
            }
        }
        return true;
    }
}
