package org.platekeeper.reads.domain;

import java.util.List;

/**
 * Characters that cameras and people mistake for one another on plates. Matching and search fold each group to
 * its first character (a digit), so plates that differ only within groups compare equal. The database's
 * {@code plate_folded} column applies the same groups with {@code translate()}.
 */
public final class ConfusableCharacters {

    /** Each group, the character it folds to first. */
    public static final List<String> GROUPS = List.of("0ODQ", "1IL", "2Z", "5S", "8B", "6G");

    private ConfusableCharacters() {
    }

    /** The character its group folds to, or the character itself. */
    public static char fold(char c) {
        for (String group : GROUPS) {
            if (group.indexOf(c) >= 0) {
                return group.charAt(0);
            }
        }
        return c;
    }

    public static String fold(String plate) {
        StringBuilder folded = new StringBuilder(plate.length());
        for (int i = 0; i < plate.length(); i++) {
            folded.append(fold(plate.charAt(i)));
        }
        return folded.toString();
    }
}
