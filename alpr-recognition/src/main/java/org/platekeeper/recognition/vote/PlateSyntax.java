package org.platekeeper.recognition.vote;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a US plate can look like: 2 to 10 letters and digits (the longest vanity words some states allow, and what a
 * read's plate number holds), in the serial formats some states issue.
 */
public final class PlateSyntax {

    /**
     * The standard passenger serial formats of 44 states and the District of Columbia, current or recent (L a letter,
     * D a digit). Vanity and specialty plates follow none of them, and older series of a state may follow others, so
     * a format only ever adds support.
     */
    private static final Map<String, List<String>> STATE_FORMATS = Map.ofEntries(
            Map.entry("CA", formats("DLLLDDD")), Map.entry("TX", formats("LLLDDDD", "LLDLDDD")),
            Map.entry("NY", formats("LLLDDDD")), Map.entry("PA", formats("LLLDDDD")),
            Map.entry("OH", formats("LLLDDDD")), Map.entry("NC", formats("LLLDDDD")),
            Map.entry("GA", formats("LLLDDDD")), Map.entry("VA", formats("LLLDDDD")),
            Map.entry("AZ", formats("LLLDDDD")), Map.entry("MI", formats("LLLDDDD", "DLLLDD")),
            Map.entry("MA", formats("DLLLDD", "DDDLLD")), Map.entry("NJ", formats("LDDLLL", "LLLDDL")),
            Map.entry("IL", formats("LLDDDDD")), Map.entry("MD", formats("DLLDDDD")), Map.entry("WA", formats("LLLDDDD")),
            Map.entry("WI", formats("LLLDDDD")), Map.entry("DC", formats("LLDDDD")), Map.entry("ME", formats("DDDDLL")),
            Map.entry("OR", formats("DDDLLL")), Map.entry("MN", formats("DDDLLL")), Map.entry("KY", formats("DDDLLL")),
            Map.entry("AR", formats("DDDLLL", "LLLDDD")), Map.entry("IN", formats("DDDLLL")),
            Map.entry("KS", formats("DDDLLL")), Map.entry("CO", formats("DDDLLL")), Map.entry("LA", formats("LLLDDD")),
            Map.entry("IA", formats("LLLDDD", "DDDLLL")), Map.entry("OK", formats("LLLDDD", "DDDLLL")),
            Map.entry("SC", formats("LLLDDD")), Map.entry("NM", formats("LLLDDD")),
            Map.entry("HI", formats("LLLDDD")), Map.entry("MS", formats("LLLDDD")), Map.entry("MO", formats("LLDLDL")),
            Map.entry("FL", formats("LDDDLL", "DDDLLL")), Map.entry("NV", formats("DDDLLL")),
            Map.entry("TN", formats("DDDLLL")), Map.entry("UT", formats("LDDDLL", "DDDLLL")),
            Map.entry("NH", formats("DDDDDDD")), Map.entry("RI", formats("LLDDD", "DDDDDD")),
            Map.entry("VT", formats("LLLDDD")), Map.entry("WV", formats("DLLDDD")), Map.entry("ND", formats("LLLDDD")),
            Map.entry("CT", formats("DDDLLL")), Map.entry("NE", formats("LLLDDD")), Map.entry("AK", formats("LLLDDD")));

    private PlateSyntax() {
    }

    private static List<String> formats(String... shapes) {
        return List.of(shapes);
    }

    /** Whether the text has a serial format the state issues; false when the state's formats are not known here. */
    public static boolean issuedBy(String state, String text) {
        return state != null && STATE_FORMATS.getOrDefault(state, List.of()).stream()
                .anyMatch(shape -> inShape(shape, text, 0).isPresent());
    }

    /** Pairs of a letter the reader takes for a digit of like shape and that digit, and of a digit and its letter. */
    private static final String LETTERS_READ_AS_DIGITS = "D0B8I1Z2S5G6Q0T7";
    private static final String DIGITS_READ_AS_LETTERS = "0O";
    /** A serial format repairs at most this many characters of a reading. */
    private static final int MOST_REPAIRS = 2;

    /**
     * The text in the shape (L a letter, D a digit), each character of the wrong kind replaced by its look-alike;
     * empty when the lengths differ, a character has no look-alike of the right kind, or more than {@code most} would
     * be replaced.
     */
    private static Optional<String> inShape(String shape, String text, int most) {
        if (shape.length() != text.length()) {
            return Optional.empty();
        }
        char[] shaped = text.toCharArray();
        int repairs = 0;
        for (int i = 0; i < shaped.length; i++) {
            boolean digit = shape.charAt(i) == 'D';
            if (Character.isDigit(shaped[i]) != digit) {
                String lookAlikes = digit ? LETTERS_READ_AS_DIGITS : DIGITS_READ_AS_LETTERS;
                int pair = lookAlike(lookAlikes, shaped[i]);
                if (pair < 0 || ++repairs > most) {
                    return Optional.empty();
                }
                shaped[i] = lookAlikes.charAt(pair + 1);
            }
        }
        return Optional.of(new String(shaped));
    }

    private static int lookAlike(String pairs, char character) {
        for (int i = 0; i < pairs.length(); i += 2) {
            if (pairs.charAt(i) == character) {
                return i;
            }
        }
        return -1;
    }

    /** The most characters a plate's text keeps. */
    private static final int LONGEST = 10;

    /** How plate-like a text's length is: US plates have 5 to 7 characters far more often than any other length. */
    public static double shape(String text) {
        int length = text.length();
        return length >= 5 && length <= 7 ? 1.0 : length == 4 || length == 8 ? 0.6 : length >= 2 ? 0.2 : 0;
    }

    /**
     * The text as the plate spells it. A text one or two look-alikes away from a serial format of the plate's state is
     * that serial: a letter where the format has a digit is the digit it resembles (Florida's narrow 0 read as D, its 8
     * as B), and a 0 where the format has a letter is the letter O, which most states print as their zero. Otherwise
     * each 1 among letters is the letter I (between two letters, or after a letter at the end): many plate typefaces
     * draw the I as a plain bar, which the classifier reads as the far commoner 1, and serials and vanity words keep
     * letters together. When the plate's state is not known, a text in a serial format of any state is left as it
     * is, and one that a single O for a 0 puts in such a format, in one way only, is spelled so (Arkansas's NOX 218).
     */
    public static String spelled(String state, String text) {
        if (state != null) {
            Optional<String> serial = STATE_FORMATS.getOrDefault(state, List.of()).stream()
                    .map(shape -> inShape(shape, text, MOST_REPAIRS))
                    .flatMap(Optional::stream).findFirst();
            if (serial.isPresent()) {
                return serial.get();
            }
        } else if (STATE_FORMATS.keySet().stream().anyMatch(anyState -> issuedBy(anyState, text))) {
            return text;
        } else {
            // only an O for a 0: with the state unknown, a letter for a digit would fit too many formats
            List<String> serials = STATE_FORMATS.values().stream().flatMap(List::stream)
                    .map(shape -> inShape(shape, text, 1)).flatMap(Optional::stream)
                    .filter(shaped -> shaped.replace('O', '0').equals(text)).distinct().toList();
            if (serials.size() == 1) {
                return serials.get(0);
            }
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
     * The reading as plate characters, or empty when nothing plausible is left. Most states print the letter O as
     * their zero, so an O read is a zero until {@link #spelled} finds it where a serial has a letter.
     */
    public static String clean(String raw) {
        String text = raw == null ? "" : raw.replaceAll("[^A-Z0-9]", "").replace('O', '0');
        return text.length() > LONGEST ? text.substring(0, LONGEST) : text;
    }
}
