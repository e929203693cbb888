package org.platekeeper.reports;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The chain of custody of the reads under one legal hold (PC-C2, OD-R6): the hold itself, then every recorded step,
 * from the request to each evidence package produced and the release, as the audit trail has them.
 */
public record ChainOfCustodyReport(ReportHeading heading, String holdId, String caseNumber, String legalBasis,
                                   String description, String status, long reads, List<CustodyStep> steps)
        implements Report {

    public static final String TITLE = "Chain of custody";

    public record CustodyStep(Instant at, String actor, String action, String detail, long auditSequence) {
    }

    public ChainOfCustodyReport {
        steps = List.copyOf(steps);
    }

    @Override
    public ReportDocument document() {
        ZoneId zone = heading.generatedAt().getZone();
        ReportTable trail = new ReportTable(List.of("When", "Who", "Step", "Audit event and detail"), steps.stream()
                .map(s -> List.of(Cells.time(s.at(), zone), s.actor(), Cells.label(s.action()),
                        "#" + s.auditSequence() + (s.detail() == null ? "" : ": " + s.detail()))).toList(),
                ReportTable.Layout.LAST_WIDE);
        return new ReportDocument(TITLE, heading, List.of(
                ReportSection.table("The hold", ReportTable.figures(List.of(
                        List.of("Case number", caseNumber),
                        List.of("Legal basis", Cells.label(legalBasis)),
                        List.of("Description", description),
                        List.of("Status", Cells.label(status)),
                        List.of("Reads held", Cells.count(reads)),
                        List.of("Hold", holdId)))),
                ReportSection.table("Custody", trail),
                ReportSection.text("Attestation", "Each step above is an event of the hash-chained audit trail; "
                        + "its number lets an auditor verify it.\n\nReleased by: ______________________   "
                        + "Date: ___________\n\nReceived by: ______________________   Date: ___________")), trail);
    }
}
