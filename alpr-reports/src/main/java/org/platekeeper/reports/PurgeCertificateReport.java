package org.platekeeper.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The certificate of one purge (PC-C1, OD-R5): the cut-off, what each day lost, what holds kept, and the digest the
 * audit trail repeats, with whether the stored certificate still matches it.
 *
 * @param plateDataRemoved what the run removed besides reads (plate data of audit events, searches, disclosures;
 *                         audit events past their own retention), as the certificate states it, or null
 */
public record PurgeCertificateReport(ReportHeading heading, String runId, String trigger, String startedBy,
                                     Instant startedAt, Instant finishedAt, Instant cutoff, int retentionDays,
                                     String status, long readsDeleted, long imagesDeleted, long alertsDeleted,
                                     long readsRetained, List<DayPurged> days, String plateDataRemoved,
                                     String certificateDigest, boolean certificateVerifies) implements Report {

    public static final String TITLE = "Purge certificate";

    public record DayPurged(LocalDate day, long readsDeleted, long readsRetained) {
    }

    public PurgeCertificateReport {
        days = List.copyOf(days);
    }

    @Override
    public ReportDocument document() {
        ZoneId zone = heading.generatedAt().getZone();
        ReportTable perDay = ReportTable.of(List.of("Day", "Reads deleted", "Kept under hold"), days.stream()
                .map(d -> List.of(d.day().toString(), Cells.count(d.readsDeleted()), Cells.count(d.readsRetained())))
                .toList());
        return new ReportDocument(TITLE, heading, List.of(
                ReportSection.table("The purge", ReportTable.figures(List.of(
                        List.of("Purge", runId),
                        List.of("Trigger", Cells.label(trigger) + " by " + startedBy),
                        List.of("Started", Cells.time(startedAt, zone)),
                        List.of("Finished", Cells.time(finishedAt, zone)),
                        List.of("Status", Cells.label(status)),
                        List.of("Retention", retentionDays + " days"),
                        List.of("Everything captured before", Cells.time(cutoff, zone)),
                        List.of("Reads deleted", Cells.count(readsDeleted)),
                        List.of("Images deleted", Cells.count(imagesDeleted)),
                        List.of("Alerts deleted", Cells.count(alertsDeleted)),
                        List.of("Reads kept under a legal hold", Cells.count(readsRetained))))),
                ReportSection.table("Days purged", perDay),
                ReportSection.text("Plate data outside the reads", Cells.text(plateDataRemoved)),
                ReportSection.text("Certificate digest", "SHA-256 of the stored certificate: "
                        + Cells.text(certificateDigest) + (certificateVerifies
                        ? ". The certificate still matches it, and the audit trail records the same digest."
                        : ". THE STORED CERTIFICATE NO LONGER MATCHES ITS DIGEST."))), perDay);
    }
}
