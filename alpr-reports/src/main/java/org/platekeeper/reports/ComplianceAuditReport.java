package org.platekeeper.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The periodic compliance audit (OD-AD3): who searched and how well each search was justified, what was flagged
 * and found, how hot-list entries were kept, how alerts ended, what went to other agencies, what was purged, whose
 * training has lapsed, and whether the audit trail still verifies.
 */
public record ComplianceAuditReport(ReportHeading heading, List<SearcherActivity> searches,
                                    List<FlaggedSearch> flagged, List<Finding> findings, EntryActivity entries,
                                    List<Tally> alertsByDisposition, List<PartnerDisclosures> disclosures,
                                    List<PurgeSummary> purges, List<LapsedTraining> lapsedTraining,
                                    ChainCheck chain) implements Report {

    public static final String TITLE = "Compliance audit";

    /**
     * One user's historical searches in the period.
     *
     * @param complete with a case, CAD event or file number and a purpose code, the justification policy asks for
     * @param refused  refused for want of a justification or for a prohibited purpose, or rejected by a supervisor
     */
    public record SearcherActivity(String user, long searches, long complete, long refused) {
    }

    /** A search a supervisor had to look at: it touched a sensitive location, or was rejected. */
    public record FlaggedSearch(Instant at, String user, String status, String reason) {
    }

    /** An auditor's finding, with the misuse case it was referred to, if any. */
    public record Finding(Instant at, String kind, String subjectUser, String summary, String misuseCase) {
    }

    public record EntryActivity(long added, long approved, long rejected, long removed, long overdueForReview) {
    }

    public record PartnerDisclosures(String partner, long queries, long pushes, long releases, long refused,
                                     long readsDisclosed) {
    }

    public record PurgeSummary(Instant finishedAt, String trigger, long readsDeleted, long readsRetained,
                               String digest) {
    }

    public record LapsedTraining(String user, String roles, String course, LocalDate expiredOn) {
    }

    /** The audit-chain verification run for this report. */
    public record ChainCheck(boolean intact, long lastSequence, Long firstBrokenSequence, String problem) {
    }

    public ComplianceAuditReport {
        searches = List.copyOf(searches);
        flagged = List.copyOf(flagged);
        findings = List.copyOf(findings);
        alertsByDisposition = List.copyOf(alertsByDisposition);
        disclosures = List.copyOf(disclosures);
        purges = List.copyOf(purges);
        lapsedTraining = List.copyOf(lapsedTraining);
    }

    @Override
    public ReportDocument document() {
        ZoneId zone = heading.generatedAt().getZone();
        ReportTable byUser = ReportTable.of(List.of("User", "Searches", "Fully justified", "Incomplete", "Refused"),
                searches.stream().map(s -> List.of(s.user(), Cells.count(s.searches()), Cells.count(s.complete()),
                        Cells.count(s.searches() - s.complete()), Cells.count(s.refused()))).toList());
        long total = searches.stream().mapToLong(SearcherActivity::searches).sum();
        long complete = searches.stream().mapToLong(SearcherActivity::complete).sum();
        List<ReportSection> sections = new ArrayList<>();
        sections.add(new ReportSection("Historical searches by user",
                Cells.count(total) + " searches; " + Cells.count(complete) + " fully justified ("
                        + (total == 0 ? "—" : Math.round(100.0 * complete / total) + " %") + ").", byUser));
        sections.add(ReportSection.table("Flagged searches", new ReportTable(List.of("When", "User", "Status",
                "Why flagged"), flagged.stream().map(f -> List.of(Cells.time(f.at(), zone), f.user(),
                Cells.label(f.status()), Cells.text(f.reason()))).toList(), ReportTable.Layout.LAST_WIDE)));
        sections.add(ReportSection.table("Audit findings", new ReportTable(List.of("When", "Kind", "User",
                "Misuse case", "Finding"), findings.stream().map(f -> List.of(Cells.time(f.at(), zone),
                Cells.label(f.kind()), Cells.text(f.subjectUser()), Cells.text(f.misuseCase()), f.summary()))
                .toList(), ReportTable.Layout.LAST_WIDE)));
        sections.add(ReportSection.table("Hot-list entries", ReportTable.figures(List.of(
                List.of("Custom entries requested", Cells.count(entries.added())),
                List.of("Approved", Cells.count(entries.approved())),
                List.of("Rejected", Cells.count(entries.rejected())),
                List.of("Removed or expired", Cells.count(entries.removed())),
                List.of("Active and overdue for review today", Cells.count(entries.overdueForReview()))))));
        sections.add(ReportSection.table("Alerts by disposition", new ReportTable(List.of("Disposition", "Alerts"),
                alertsByDisposition.stream().map(t -> List.of(Cells.label(t.label()),
                        Cells.count(t.count()))).toList(), ReportTable.Layout.FIRST_WIDE)));
        sections.add(ReportSection.table("Disclosures to other agencies", ReportTable.of(List.of("Agency", "Queries",
                "Alert pushes", "Releases", "Refused", "Reads disclosed"), disclosures.stream().map(d -> List.of(
                d.partner(), Cells.count(d.queries()), Cells.count(d.pushes()), Cells.count(d.releases()),
                Cells.count(d.refused()), Cells.count(d.readsDisclosed()))).toList())));
        sections.add(ReportSection.table("Purges", new ReportTable(List.of("Finished", "Trigger", "Reads deleted",
                "Kept under hold", "Certificate SHA-256"), purges.stream().map(p -> List.of(
                Cells.time(p.finishedAt(), zone), Cells.label(p.trigger()), Cells.count(p.readsDeleted()),
                Cells.count(p.readsRetained()), Cells.text(p.digest()))).toList(), ReportTable.Layout.LAST_WIDE)));
        sections.add(ReportSection.table("Users whose training has lapsed", ReportTable.of(List.of("User", "Roles",
                "Course", "Expired on"), lapsedTraining.stream().map(l -> List.of(l.user(), l.roles(),
                Cells.text(l.course()), Cells.date(l.expiredOn()))).toList())));
        sections.add(ReportSection.text("Audit-chain verification", chain.intact()
                ? "Intact: every event through number " + chain.lastSequence() + " verifies against its hash and "
                  + "its predecessor's."
                : "BROKEN at event " + chain.firstBrokenSequence() + ": " + chain.problem()
                  + ". The trail has been altered or damaged; report this to the auditor and to city IT."));
        return new ReportDocument(TITLE, heading, sections, byUser);
    }
}
