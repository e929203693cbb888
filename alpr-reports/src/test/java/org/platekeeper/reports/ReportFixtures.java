package org.platekeeper.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** One example of each report, as an agency's data would fill it; the tests and the documentation's pages use them. */
final class ReportFixtures {

    static final ZoneId CENTRAL = ZoneId.of("America/Chicago");
    static final LocalDate FROM = LocalDate.of(2026, 11, 1);
    static final LocalDate TO = LocalDate.of(2026, 11, 30);
    static final Instant T = Instant.parse("2026-11-12T15:04:00Z");

    private ReportFixtures() {
    }

    static ReportHeading heading() {
        return new ReportHeading("Odessa Police Department", "odessa (Odessa ALPR policy)", FROM, TO,
                ZonedDateTime.of(2026, 12, 1, 2, 0, 0, 0, CENTRAL));
    }

    static ComplianceAuditReport compliance(int users) {
        List<ComplianceAuditReport.SearcherActivity> searches = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            searches.add(new ComplianceAuditReport.SearcherActivity("investigator" + i, 10 + i, 9 + i, i % 3));
        }
        return new ComplianceAuditReport(heading(), searches,
                List.of(new ComplianceAuditReport.FlaggedSearch(T, "investigator2", "REJECTED",
                        "touches a place of worship (St. Mark's)")),
                List.of(new ComplianceAuditReport.Finding(T, "UNJUSTIFIED_SEARCH", "investigator2",
                        "case number did not exist in RMS", "MC-2026-004")),
                new ComplianceAuditReport.EntryActivity(14, 11, 2, 5, 1),
                List.of(new Tally("ARREST", 3), new Tally("VEHICLE_RECOVERED", 4), new Tally("MISREAD", 9)),
                List.of(new ComplianceAuditReport.PartnerDisclosures("Johnson County Sheriff's Office", 12, 3, 1, 2,
                        41)),
                List.of(new ComplianceAuditReport.PurgeSummary(T, "SCHEDULED", 120_345, 12,
                        "9f2c4e1b7a0d3c5e8f6a2b4c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e")),
                List.of(new ComplianceAuditReport.LapsedTraining("officer7", "Officer", "ALPR policy and use",
                        LocalDate.of(2026, 10, 31))),
                new ComplianceAuditReport.ChainCheck(true, 48_211, null, null));
    }

    static RecordsResponseReport recordsResponse() {
        return new RecordsResponseReport(heading(), "RR-2026-000042", LocalDate.of(2026, 11, 20),
                LocalDate.of(2026, 11, 25), "Missouri Sunshine Law (RSMo chapter 610)",
                List.of("Plate reads are kept 30 days, then purged, unless held as evidence.",
                        "Searches need a case number, CAD event or intelligence file and a purpose."),
                List.of(new Tally("Plate reads captured", 1_204_331), new Tally("Historical searches", 212),
                        new Tally("Alerts raised", 88)),
                List.of(new RecordsResponseReport.AuditSummaryLine("SEARCH_RUN", "INVESTIGATOR", 212),
                        new RecordsResponseReport.AuditSummaryLine("ALERT_CLOSED", "OFFICER", 80)),
                List.of(new RecordsResponseReport.Withheld("Plate reads, images and hot-list entries",
                        "RSMo 610.100 (criminal-justice information)"),
                        new RecordsResponseReport.Withheld("Case files of open investigations",
                                "RSMo 610.100.2 (investigative records)")));
    }

    static PurgeCertificateReport purgeCertificate() {
        return new PurgeCertificateReport(heading(), "01934b7e-5c2f-7a10-9d11-4f3a2b1c0d9e", "SCHEDULED", "system",
                T, T.plusSeconds(2), T.minusSeconds(30L * 86_400), 30, "COMPLETED", 120_345, 118_002, 17, 12,
                List.of(new PurgeCertificateReport.DayPurged(LocalDate.of(2026, 10, 12), 120_345, 12)),
                "Plate data removed past retention: 412 audit events, 9 searches, 2 disclosures, 0 partner deliveries",
                "9f2c4e1b7a0d3c5e8f6a2b4c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e", true);
    }

    static ChainOfCustodyReport custody() {
        return new ChainOfCustodyReport(heading(), "01934b7e-0000-7000-8000-000000000001", "2026-004512", "EVIDENCE",
                "Burglary, 1400 block of Main: suspect vehicle", "ACTIVE", 3, List.of(
                new ChainOfCustodyReport.CustodyStep(T, "investigator1", "HOLD_REQUESTED", "3 reads", 1001),
                new ChainOfCustodyReport.CustodyStep(T.plusSeconds(600), "supervisor1", "HOLD_APPROVED", null, 1002),
                new ChainOfCustodyReport.CustodyStep(T.plusSeconds(3600), "investigator1", "EVIDENCE_EXPORTED",
                        "for the Johnson County Prosecutor", 1010)));
    }

    static HotListReviewReport hotListReview() {
        return new HotListReviewReport(heading(), TO, List.of(
                new HotListReviewReport.EntryDue("Custom entries", "7ABC123", "MO", "STOLEN_VEHICLE", "2026-004400",
                        LocalDate.of(2026, 11, 20), "investigator1"),
                new HotListReviewReport.EntryDue("Custom entries", "XYZ987", null, "WANTED_PERSON", "2026-004401",
                        LocalDate.of(2026, 12, 5), "investigator2")));
    }

    static TransparencySummaryReport transparency() {
        return new TransparencySummaryReport(heading(), List.of(new Tally("FIXED", 6), new Tally("MOBILE", 4)),
                1_204_331, List.of(new Tally("STOLEN_VEHICLE", 20_133)), 212, 7, 88, 16,
                List.of("Johnson County Sheriff's Office"), T, "9f2c4e1b7a0d3c5e", T.minusSeconds(86_400));
    }
}
