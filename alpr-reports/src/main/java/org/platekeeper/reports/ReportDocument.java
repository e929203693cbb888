package org.platekeeper.reports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * A report as the renderer takes it: a title, its heading and its sections. Every typed report turns itself into
 * one, so that one template lays them all out alike.
 *
 * @param csvTable the table that is the report's data when exported as CSV, or null where the report is not a table
 */
public record ReportDocument(String title, ReportHeading heading, List<ReportSection> sections, ReportTable csvTable) {

    public ReportDocument {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(heading, "heading");
        sections = List.copyOf(sections);
    }

    /**
     * The SHA-256 of everything the report states except when it was generated: rendering the same data again gives
     * the same digest, and a printed copy can be checked against the one the audit trail keeps.
     */
    public String digest() {
        StringBuilder canonical = new StringBuilder(4096);
        field(canonical, title);
        field(canonical, heading.agency());
        field(canonical, heading.profile());
        field(canonical, heading.period());
        for (ReportSection section : sections) {
            field(canonical, section.heading());
            field(canonical, section.text());
            if (section.table() != null) {
                section.table().columns().forEach(c -> field(canonical, c));
                for (List<String> row : section.table().rows()) {
                    canonical.append("row\n");
                    row.forEach(cell -> field(canonical, cell));
                }
            }
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Length-prefixed, so that no two different reports share a canonical form. */
    private static void field(StringBuilder out, String value) {
        if (value == null) {
            out.append("-1:\n");
        } else {
            out.append(value.length()).append(':').append(value).append('\n');
        }
    }
}
