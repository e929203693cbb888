package org.platekeeper.reporting.application;

/** A report's file, ready to send: {@code compliance-audit-2026-11-01-2026-11-30.pdf}. */
public record ReportDownload(String fileName, String mediaType, byte[] content, String digest) {
}
