package org.platekeeper.reports;

/**
 * A rendered report: the PDF, the CSV where the report is a table (else null), the digest of its data and how many
 * pages it printed to.
 */
public record RenderedReport(byte[] pdf, String csv, String digest, int pages) {
}
