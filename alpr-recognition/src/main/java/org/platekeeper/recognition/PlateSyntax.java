package org.platekeeper.recognition;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** What a US plate can look like: 2 to 8 letters and digits, in the serial formats some states issue. */
final class PlateSyntax {

    /**
     * The standard passenger serial formats of 31 states and the District of Columbia, current or recent (L a letter,
     * D a digit). Vanity and specialty plates follow none of them, and older series of a state may follow others, so
     * a format only ever adds support.
     */
    private static final Map<String, List<Pattern>> STATE_FORMATS = Map.ofEntries(
            Map.entry("CA", formats("DLLLDDD")), Map.entry("TX", formats("LLLDDDD", "LLDLDDD")),
            Map.entry("NY", formats("LLLDDDD")), Map.entry("PA", formats("LLLDDDD")),
            Map.entry("OH", formats("LLLDDDD")), Map.entry("NC", formats("LLLDDDD")),
            Map.entry("GA", formats("LLLDDDD")), Map.entry("VA", formats("LLLDDDD")),
            Map.entry("AZ", formats("LLLDDDD")), Map.entry("MI", formats("LLLDDDD", "DLLLDD")),
            Map.entry("MA", formats("DLLLDD", "DDDLLD")), Map.entry("NJ", formats("LDDLLL", "LLLDDL")),
            Map.entry("IL", formats("LLDDDDD")), Map.entry("MD", formats("DLLDDDD")), Map.entry("WA", formats("LLLDDDD")),
            Map.entry("WI", formats("LLLDDDD")), Map.entry("DC", formats("LLDDDD")), Map.entry("ME", formats("DDDDLL")),
            Map.entry("OR", formats("DDDLLL")), Map.entry("MN", formats("DDDLLL")), Map.entry("KY", formats("DDDLLL")),
            Map.entry("AR", formats("DDDLLL")), Map.entry("IN", formats("DDDLLL")), Map.entry("KS", formats("DDDLLL")),
            Map.entry("CO", formats("DDDLLL")), Map.entry("LA", formats("LLLDDD")), Map.entry("IA", formats("LLLDDD")),
            Map.entry("OK", formats("LLLDDD")), Map.entry("SC", formats("LLLDDD")), Map.entry("NM", formats("LLLDDD")),
            Map.entry("HI", formats("LLLDDD")), Map.entry("MS", formats("LLLDDD")), Map.entry("MO", formats("LLDLDL")));

    private PlateSyntax() {
    }

    private static List<Pattern> formats(String... shapes) {
        return Arrays.stream(shapes)
                .map(shape -> Pattern.compile(shape.replace("L", "[A-Z]").replace("D", "[0-9]")))
                .toList();
    }

    /** Whether the text has a serial format the state issues; false when the state's formats are not known here. */
    static boolean issuedBy(String state, String text) {
        return state != null
                && STATE_FORMATS.getOrDefault(state, List.of()).stream().anyMatch(f -> f.matcher(text).matches());
    }

    /** How plate-like a text's length is: US plates have 5 to 7 characters far more often than any other length. */
    static double shape(String text) {
        int length = text.length();
        return length >= 5 && length <= 7 ? 1.0 : length == 4 || length == 8 ? 0.6 : length >= 2 ? 0.2 : 0;
    }

    /**
     * The text with each 1 among letters spelled as the letter I: a 1 between two letters, or after a letter at the
     * end. Many plate typefaces draw the letter I as a plain bar, which the classifier reads as the far commoner 1,
     * while serials and vanity words keep letters together. A text in a serial format of its state (of any state when
     * the state is not known) is left as it is.
     */
    static String spelled(String state, String text) {
        boolean serial = state == null
                ? STATE_FORMATS.keySet().stream().anyMatch(anyState -> issuedBy(anyState, text))
                : issuedBy(state, text);
        if (serial) {
            return text;
        }
        char[] spelled = text.toCharArray();
        for (int i = 1; i < spelled.length; i++) {
            boolean letterAfter = i + 1 == spelled.length || Character.isLetter(text.charAt(i + 1));
            if (text.charAt(i) == '1' && Character.isLetter(text.charAt(i - 1)) && letterAfter) {
                spelled[i] = 'I';
            }
        }
        return new String(spelled);
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
