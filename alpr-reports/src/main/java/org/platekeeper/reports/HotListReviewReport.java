package org.platekeeper.reports;

import java.time.LocalDate;
import java.util.List;

/**
 * The hot-list entries whose review is overdue or due soon (PC-B3, OD-H3), for the supervisors who must confirm or
 * remove them.
 */
public record HotListReviewReport(ReportHeading heading, LocalDate asOf, List<EntryDue> entries) implements Report {

    public static final String TITLE = "Hot-list review";

    public record EntryDue(String list, String plate, String state, String kind, String caseNumber,
                           LocalDate reviewDue, String requestedBy) {
    }

    public HotListReviewReport {
        entries = List.copyOf(entries);
    }

    @Override
    public ReportDocument document() {
        List<String> columns = List.of("Plate", "List", "Kind", "Case", "Review due", "Requested by");
        ReportTable overdue = ReportTable.of(columns, rows(entries.stream()
                .filter(e -> e.reviewDue().isBefore(asOf)).toList()));
        ReportTable due = ReportTable.of(columns, rows(entries.stream()
                .filter(e -> !e.reviewDue().isBefore(asOf)).toList()));
        ReportTable all = ReportTable.of(columns, rows(entries));
        return new ReportDocument(TITLE, heading, List.of(
                new ReportSection("Overdue for review", "Active entries whose review date has passed as of " + asOf
                        + ": confirm or remove each.", overdue),
                new ReportSection("Due for review", "Entries whose review date falls in the period.", due)), all);
    }

    private static List<List<String>> rows(List<EntryDue> entries) {
        return entries.stream().map(e -> List.of(e.plate() + (e.state() == null ? "" : " (" + e.state() + ")"),
                e.list(), Cells.label(e.kind()), Cells.text(e.caseNumber()), e.reviewDue().toString(),
                Cells.text(e.requestedBy()))).toList();
    }
}
