package org.platekeeper.shared.domain;

/**
 * A CSV cell that a spreadsheet will not run (AU-9, CWE-1236): text starting with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return is prefixed with an apostrophe. Numbers stay numbers.
 */
public final class SpreadsheetSafe {

    private SpreadsheetSafe() {
    }

    public static Object cell(Object value) {
        if (value instanceof CharSequence text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return value;
    }
}
