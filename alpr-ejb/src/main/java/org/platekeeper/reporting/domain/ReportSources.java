package org.platekeeper.reporting.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.platekeeper.reports.ChainOfCustodyReport.CustodyStep;
import org.platekeeper.reports.ComplianceAuditReport.EntryActivity;
import org.platekeeper.reports.ComplianceAuditReport.Finding;
import org.platekeeper.reports.ComplianceAuditReport.FlaggedSearch;
import org.platekeeper.reports.ComplianceAuditReport.LapsedTraining;
import org.platekeeper.reports.ComplianceAuditReport.PartnerDisclosures;
import org.platekeeper.reports.ComplianceAuditReport.PurgeSummary;
import org.platekeeper.reports.ComplianceAuditReport.SearcherActivity;
import org.platekeeper.reports.HotListReviewReport.EntryDue;
import org.platekeeper.reports.RecordsResponseReport.AuditSummaryLine;
import org.platekeeper.reports.Tally;

/**
 * The figures reports are made of, read across the contexts in one place. Every period is {@code [from, to)}.
 */
public interface ReportSources {

    List<SearcherActivity> searchesByUser(Instant from, Instant to);

    List<FlaggedSearch> flaggedSearches(Instant from, Instant to);

    List<Finding> findings(Instant from, Instant to);

    EntryActivity entryActivity(Instant from, Instant to, LocalDate today);

    List<Tally> alertsByDisposition(Instant from, Instant to);

    List<PartnerDisclosures> disclosures(Instant from, Instant to);

    List<PurgeSummary> purges(Instant from, Instant to);

    /** Enabled users whose latest training expired before {@code today}, or who have none. */
    List<LapsedTraining> lapsedTraining(LocalDate today);

    /** Audit events by action and the actor's roles: no names, no objects. */
    List<AuditSummaryLine> auditSummary(Instant from, Instant to);

    /** The audit trail's record of one legal hold, oldest first. */
    List<CustodyStep> custody(UUID holdId);

    long heldReads(UUID holdId);

    /** Active entries whose review falls on or before {@code until}, soonest first. */
    List<EntryDue> entriesDueForReview(LocalDate until);
}
