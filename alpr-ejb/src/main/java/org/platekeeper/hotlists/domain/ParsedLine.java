package org.platekeeper.hotlists.domain;

/** A line of a hot-list file: accepted as an entry, or rejected with a reason that never repeats the line. */
public record ParsedLine(long lineNumber, ImportedEntry entry, String rejection) {

    public static ParsedLine accepted(long lineNumber, ImportedEntry entry) {
        return new ParsedLine(lineNumber, entry, null);
    }

    public static ParsedLine rejected(long lineNumber, String reason) {
        return new ParsedLine(lineNumber, null, reason);
    }

    public boolean isAccepted() {
        return entry != null;
    }
}
