package org.platekeeper.reporting.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.platekeeper.audit.application.AuditTrail;
import org.platekeeper.audit.domain.ChainVerification;
import org.platekeeper.policy.domain.PolicyProfile;
import org.platekeeper.records.application.Transparency;
import org.platekeeper.records.domain.RecordsRegister;
import org.platekeeper.records.domain.RecordsRequest;
import org.platekeeper.records.domain.TransparencyFigures;
import org.platekeeper.records.domain.TransparencyQueries;
import org.platekeeper.reporting.domain.GeneratedReport;
import org.platekeeper.reporting.domain.ReportSources;
import org.platekeeper.reports.ChainOfCustodyReport;
import org.platekeeper.reports.ComplianceAuditReport;
import org.platekeeper.reports.HotListReviewReport;
import org.platekeeper.reports.PurgeCertificateReport;
import org.platekeeper.reports.RecordsResponseReport;
import org.platekeeper.reports.Report;
import org.platekeeper.reports.ReportHeading;
import org.platekeeper.reports.Tally;
import org.platekeeper.reports.TransparencySummaryReport;
import org.platekeeper.retention.domain.LegalHold;
import org.platekeeper.retention.domain.PurgeRun;
import org.platekeeper.retention.domain.RetentionRepository;
import org.platekeeper.search.domain.PurposeCode;
import org.platekeeper.shared.application.UnknownItemException;

/**
 * Fills each kind of report from the live data, over the period in the agency's calendar (its first day from
 * midnight, its last day to midnight).
 */
@ApplicationScoped
public class ReportAssembler {

    @Inject
    ReportSources sources;

    @Inject
    TransparencyQueries transparency;

    @Inject
    RecordsRegister records;

    @Inject
    RetentionRepository retention;

    @Inject
    AuditTrail auditTrail;

    @Inject
    PolicyProfile policy;

    @Inject
    Clock clock;

    public Report assemble(GeneratedReport order) {
        ZoneId zone = policy.timeZone();
        ReportHeading heading = new ReportHeading(policy.agency(), policy.name() + " (" + policy.policyTitle() + ")",
                order.periodFrom(), order.periodTo(), ZonedDateTime.now(clock).withZoneSameInstant(zone));
        Instant from = order.periodFrom().atStartOfDay(zone).toInstant();
        Instant to = order.periodTo().plusDays(1).atStartOfDay(zone).toInstant();
        LocalDate today = policy.today(clock);
        return switch (order.kind()) {
            case COMPLIANCE_AUDIT -> compliance(heading, from, to, today, order.id());
            case RECORDS_RESPONSE -> recordsResponse(heading, from, to, today, id(order));
            case PURGE_CERTIFICATE -> purgeCertificate(heading, id(order));
            case CHAIN_OF_CUSTODY -> custody(heading, id(order));
            case HOT_LIST_REVIEW -> new HotListReviewReport(heading, today,
                    sources.entriesDueForReview(order.periodTo()));
            case TRANSPARENCY_SUMMARY -> transparencySummary(heading, from, to, today);
        };
    }

    private ComplianceAuditReport compliance(ReportHeading heading, Instant from, Instant to, LocalDate today,
                                             UUID reportId) {
        ChainVerification chain = auditTrail.verifyForReport("compliance report " + reportId);
        return new ComplianceAuditReport(heading, sources.searchesByUser(from, to), sources.flaggedSearches(from, to),
                sources.findings(from, to), sources.entryActivity(from, to, today),
                sources.alertsByDisposition(from, to), sources.disclosures(from, to), sources.purges(from, to),
                sources.lapsedTraining(today), new ComplianceAuditReport.ChainCheck(chain.intact(),
                chain.lastSequence(), chain.firstBrokenSequence(), chain.problem()));
    }

    /**
     * Only what the statute lets the public have: the policy, counts and the audit trail summarised by action and
     * role. The request's own text is not repeated, since it may name a plate or a person.
     */
    private RecordsResponseReport recordsResponse(ReportHeading heading, Instant from, Instant to, LocalDate today,
                                                  UUID requestId) {
        RecordsRequest request = records.find(requestId)
                .orElseThrow(() -> new UnknownItemException("records request", requestId.toString()));
        TransparencyFigures f = transparency.between(from, to, today);
        List<Tally> figures = new ArrayList<>();
        figures.add(new Tally("Plate reads captured", f.reads()));
        figures.add(new Tally("Historical searches", f.searches()));
        figures.add(new Tally("Searches refused or rejected", f.searchesRefused()));
        figures.add(new Tally("Alerts raised", f.alerts()));
        figures.add(new Tally("Disclosures to other agencies", f.disclosures()));
        f.camerasByType().forEach((type, n) -> figures.add(new Tally("Active cameras, " + lower(type), n)));
        f.entriesByKind().forEach((kind, n) -> figures.add(new Tally("Active hot-list entries, " + lower(kind), n)));
        return new RecordsResponseReport(heading, request.trackingNumber(), request.receivedOn(), request.dueOn(),
                policy.recordsStatute(), policyText(f), figures, sources.auditSummary(from, to),
                RecordsExemptions.forProfile(policy.name()));
    }

    private List<String> policyText(TransparencyFigures f) {
        return List.of(
                policy.agency() + " uses automated license plate readers under " + policy.policyTitle() + ".",
                "Authorised purposes: " + Arrays.stream(PurposeCode.values()).map(Transparency::label)
                        .collect(Collectors.joining("; ")) + ".",
                "Prohibited uses: " + String.join("; ", Transparency.PROHIBITED_USES) + ".",
                "Plate reads are kept " + policy.readRetentionDays() + " days and then purged, unless a legal hold "
                        + "keeps them as evidence. Hot-list entries are reviewed every " + policy.hotListReviewDays()
                        + " days. The audit trail of every access is kept " + policy.auditRetentionDays() + " days.",
                "Historical searches require a case number, CAD event or intelligence file and a purpose; data is "
                        + "shared only with law-enforcement and prosecutorial agencies under a written agreement, "
                        + (f.sharingPartners().isEmpty() ? "and none is in force today."
                        : "today with: " + String.join(", ", f.sharingPartners()) + "."));
    }

    private PurgeCertificateReport purgeCertificate(ReportHeading heading, UUID runId) {
        PurgeRun run = retention.run(runId).orElseThrow(() -> new UnknownItemException("purge", runId.toString()));
        return new PurgeCertificateReport(heading, run.id().toString(), run.trigger().name(), run.startedBy(),
                run.startedAt(), run.finishedAt(), run.cutoff(), run.retentionDays(), run.status().name(),
                run.readsDeleted(), run.imagesDeleted(), run.alertsDeleted(), run.readsRetained(),
                run.daysPurged().stream().map(d -> new PurgeCertificateReport.DayPurged(d.day(), d.readsDeleted(),
                        d.readsRetained())).toList(), run.personalData() == null ? null : run.personalData().strip(),
                run.digest(), run.verifies());
    }

    private ChainOfCustodyReport custody(ReportHeading heading, UUID holdId) {
        LegalHold hold = retention.hold(holdId)
                .orElseThrow(() -> new UnknownItemException("legal hold", holdId.toString()));
        return new ChainOfCustodyReport(heading, hold.id().toString(), hold.caseNumber(), hold.legalBasis().name(),
                hold.description(), hold.status().name(), sources.heldReads(holdId), sources.custody(holdId));
    }

    private TransparencySummaryReport transparencySummary(ReportHeading heading, Instant from, Instant to,
                                                          LocalDate today) {
        TransparencyFigures f = transparency.between(from, to, today);
        return new TransparencySummaryReport(heading, tallies(f.camerasByType()), f.reads(),
                tallies(f.entriesByKind()), f.searches(), f.searchesRefused(), f.alerts(), f.disclosures(),
                f.sharingPartners(), f.lastPurgeAt(), f.lastPurgeDigest(), f.lastAuditAt());
    }

    private static List<Tally> tallies(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> new Tally(e.getKey(), e.getValue())).toList();
    }

    private static String lower(String constant) {
        return constant.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private static UUID id(GeneratedReport order) {
        return UUID.fromString(order.subject());
    }
}
