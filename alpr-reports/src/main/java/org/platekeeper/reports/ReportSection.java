package org.platekeeper.reports;

/**
 * One section of a report: a heading, an optional paragraph and an optional table.
 */
public record ReportSection(String heading, String text, ReportTable table) {

    public ReportSection {
        if (heading == null || heading.isBlank()) {
            throw new IllegalArgumentException("a report section needs a heading");
        }
    }

    public static ReportSection text(String heading, String text) {
        return new ReportSection(heading, text, null);
    }

    public static ReportSection table(String heading, ReportTable table) {
        return new ReportSection(heading, null, table);
    }
}
