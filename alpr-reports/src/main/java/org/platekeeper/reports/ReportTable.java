package org.platekeeper.reports;

import java.util.List;
import java.util.Objects;

/**
 * A table of a report section: up to six columns of text, every row as wide as the header.
 *
 * @param layout how the page width is shared between the columns
 */
public record ReportTable(List<String> columns, List<List<String>> rows, Layout layout) {

    public static final int MAX_COLUMNS = 6;

    /** The column widths the template knows: an even split, or one wide column for labels or free text. */
    public enum Layout { EQUAL, FIRST_WIDE, LAST_WIDE }

    public ReportTable {
        columns = List.copyOf(columns);
        if (columns.isEmpty() || columns.size() > MAX_COLUMNS) {
            throw new IllegalArgumentException("a report table has 1 to " + MAX_COLUMNS + " columns, not "
                    + columns.size());
        }
        int width = columns.size();
        rows = rows.stream().map(row -> {
            if (row.size() != width) {
                throw new IllegalArgumentException("a row of " + row.size() + " cells in a table of " + width
                        + " columns: " + row);
            }
            return row.stream().map(cell -> Objects.requireNonNullElse(cell, "")).toList();
        }).toList();
        Objects.requireNonNull(layout, "layout");
    }

    public static ReportTable of(List<String> columns, List<List<String>> rows) {
        return new ReportTable(columns, rows, Layout.EQUAL);
    }

    /** Label and figure pairs: a wide label column and a narrow one for the figure. */
    public static ReportTable figures(List<List<String>> labelled) {
        return new ReportTable(List.of("", ""), labelled, Layout.FIRST_WIDE);
    }

    /** The band of the table template that prints this table, e.g. {@code LAST_WIDE-4}. */
    String templateLayout() {
        return (columns.size() == 1 ? Layout.EQUAL : layout) + "-" + columns.size();
    }
}
