package org.platekeeper.reports;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The public transparency page's figures for a period (OD-T1, PC-F1), for publishing or for the council: counts,
 * partner agencies by name, the last purge and audit. Nothing personal.
 */
public record TransparencySummaryReport(ReportHeading heading, List<Tally> camerasByType, long reads,
                                        List<Tally> entriesByKind, long searches, long searchesRefused, long alerts,
                                        long disclosures, List<String> partners, Instant lastPurgeAt,
                                        String lastPurgeDigest, Instant lastAuditAt) implements Report {

    public static final String TITLE = "Transparency summary";

    public TransparencySummaryReport {
        camerasByType = List.copyOf(camerasByType);
        entriesByKind = List.copyOf(entriesByKind);
        partners = List.copyOf(partners);
    }

    @Override
    public ReportDocument document() {
        ZoneId zone = heading.generatedAt().getZone();
        List<List<String>> figures = new ArrayList<>();
        camerasByType.forEach(c -> figures.add(List.of("Active cameras: " + Cells.label(c.label()),
                Cells.count(c.count()))));
        figures.add(List.of("Plate reads captured", Cells.count(reads)));
        entriesByKind.forEach(e -> figures.add(List.of("Active hot-list entries: " + Cells.label(e.label()),
                Cells.count(e.count()))));
        figures.add(List.of("Historical searches", Cells.count(searches)));
        figures.add(List.of("Searches refused", Cells.count(searchesRefused)));
        figures.add(List.of("Alerts raised", Cells.count(alerts)));
        figures.add(List.of("Disclosures to other agencies", Cells.count(disclosures)));
        ReportTable table = new ReportTable(List.of("Figure", "Value"), figures, ReportTable.Layout.FIRST_WIDE);
        return new ReportDocument(TITLE, heading, List.of(
                ReportSection.table("Use of the system in the period", table),
                ReportSection.text("Agencies data is shared with", partners.isEmpty() ? "None."
                        : String.join(", ", partners)),
                ReportSection.text("Purge and audit", "Last purge: " + Cells.time(lastPurgeAt, zone)
                        + (lastPurgeDigest == null ? "" : " (certificate SHA-256 " + lastPurgeDigest + ")")
                        + ".\nLast verification of the audit trail: " + Cells.time(lastAuditAt, zone) + ".")),
                table);
    }
}
