package org.platekeeper.recognition;

/** What a US plate can look like: 2 to 8 letters and digits. */
final class PlateSyntax {

    private PlateSyntax() {
    }

    /** How plate-like a text's length is: US plates have 5 to 7 characters far more often than any other length. */
    static double shape(String text) {
        int length = text.length();
        return length >= 5 && length <= 7 ? 1.0 : length == 4 || length == 8 ? 0.6 : length >= 2 ? 0.2 : 0;
    }

    /**
     * The reading as plate characters, or empty when nothing plausible is left. US plates print the digit zero,
     * never the letter O, so an O read is a zero.
     */
    static String clean(String raw) {
        String text = raw == null ? "" : raw.replaceAll("[^A-Z0-9]", "").replace('O', '0');
        return text.length() > 8 ? text.substring(0, 8) : text;
    }
}
