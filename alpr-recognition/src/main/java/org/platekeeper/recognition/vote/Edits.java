package org.platekeeper.recognition.vote;

/** Levenshtein edit distances: characters inserted, dropped or replaced to turn one text into another. */
public final class Edits {

    private Edits() {
    }

    /** The edits that turn one text into the other. */
    public static int between(String a, String b) {
        return lastRow(a, b, false)[a.length()];
    }

    /** The fewest edits that turn some stretch of the text into the part (0 when the text contains it). */
    public static int toFind(String part, String text) {
        int fewest = part.length();
        for (int edits : lastRow(text, part, true)) {
            fewest = Math.min(fewest, edits);
        }
        return fewest;
    }

    /**
     * The last row of the edit table: for each prefix of {@code text}, the edits that turn it into {@code target}; with
     * {@code anyStart}, a stretch of the text may start anywhere at no cost.
     */
    private static int[] lastRow(String text, String target, boolean anyStart) {
        int[] previous = new int[text.length() + 1];
        int[] current = new int[text.length() + 1];
        for (int j = 0; j <= text.length(); j++) {
            previous[j] = anyStart ? 0 : j;
        }
        for (int i = 1; i <= target.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= text.length(); j++) {
                int replace = previous[j - 1] + (target.charAt(i - 1) == text.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous;
    }
}
