package org.platekeeper.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a public-records request may receive (OD-T2): the policy, aggregate figures and a summary of the audit trail
 * by action and role, with the categories withheld and the exemption cited for each. Built only from counts, labels
 * and the policy's own text: no plate, name or place below the camera's type can reach it.
 *
 * @param statute      the records law that governs the answer, e.g. the Missouri Sunshine Law
 * @param policyText   the use policy the agency publishes, paragraph by paragraph
 * @param figures      aggregate statistics for the period
 * @param auditSummary events of the audit trail in the period, counted by action and the actor's role
 */
public record RecordsResponseReport(ReportHeading heading, String trackingNumber, LocalDate receivedOn,
                                    LocalDate dueOn, String statute, List<String> policyText, List<Tally> figures,
                                    List<AuditSummaryLine> auditSummary, List<Withheld> withheld) implements Report {

    public static final String TITLE = "Response to a public-records request";

    public record AuditSummaryLine(String action, String role, long events) {
    }

    /** A category of record not released, and the provision of law that exempts it. */
    public record Withheld(String category, String exemption) {
    }

    public RecordsResponseReport {
        policyText = List.copyOf(policyText);
        figures = List.copyOf(figures);
        auditSummary = List.copyOf(auditSummary);
        withheld = List.copyOf(withheld);
    }

    @Override
    public ReportDocument document() {
        List<ReportSection> sections = new ArrayList<>();
        sections.add(ReportSection.text("The request", "Request " + trackingNumber + ", received " + receivedOn
                + ", answered under the " + statute + " (response due " + dueOn + "). This response covers "
                + heading.period() + "."));
        sections.add(ReportSection.text("Use policy", String.join("\n\n", policyText)));
        sections.add(ReportSection.table("Figures for the period", ReportTable.figures(Tally.rows(figures))));
        sections.add(ReportSection.table("Audit trail summary", new ReportTable(List.of("Action", "Role", "Events"),
                auditSummary.stream().map(a -> List.of(Cells.label(a.action()), Cells.label(a.role()),
                        Cells.count(a.events()))).toList(), ReportTable.Layout.FIRST_WIDE)));
        sections.add(new ReportSection("Withheld", "Plate numbers, images, names of people and places below the "
                + "type of camera are not released. The categories below are withheld in full.",
                new ReportTable(List.of("Category", "Exemption"), withheld.stream()
                        .map(w -> List.of(w.category(), w.exemption())).toList(), ReportTable.Layout.EQUAL)));
        return new ReportDocument(TITLE, heading, sections, null);
    }
}
