package org.platekeeper.reports;

import java.util.List;

/**
 * RFC 4180 CSV of a report table. A cell that a spreadsheet would take for a formula (starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return) is prefixed with an apostrophe, so opening the export
 * never runs anything.
 */
final class CsvTable {

    private CsvTable() {
    }

    static String of(ReportTable table) {
        StringBuilder csv = new StringBuilder(256 + table.rows().size() * 64);
        line(csv, table.columns());
        table.rows().forEach(row -> line(csv, row));
        return csv.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
