package org.platekeeper.reporting.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.platekeeper.audit.domain.AuditOutcome;
import org.platekeeper.audit.domain.AuditableAction;
import org.platekeeper.records.domain.RecordsRegister;
import org.platekeeper.reporting.domain.GeneratedReport;
import org.platekeeper.reporting.domain.ReportArchive;
import org.platekeeper.reporting.domain.ReportFile;
import org.platekeeper.reporting.domain.ReportKind;
import org.platekeeper.retention.domain.RetentionRepository;
import org.platekeeper.shared.application.ConflictException;
import org.platekeeper.shared.application.InvalidRequestException;
import org.platekeeper.shared.application.UnknownItemException;
import org.platekeeper.shared.domain.Role;

/**
 * Reports for records clerks, auditors and command staff (OD-AD3, OD-T2): ordered here, generated in the
 * background (the console follows the progress), downloaded as PDF or CSV. Ordering and every download are audited
 * with the report's digest.
 */
@Stateless
@RolesAllowed({Role.Names.RECORDS_CLERK, Role.Names.AUDITOR, Role.Names.COMMAND_STAFF})
public class Reports {

    public static final int MAX_SHOWN = 200;
    /** The longest period one report covers: a year and a day, so that a calendar year always fits. */
    public static final int MAX_PERIOD_DAYS = 367;

    @Inject
    ReportArchive archive;

    @Inject
    RecordsRegister records;

    @Inject
    RetentionRepository retention;

    @Inject
    Event<AuditableAction> audit;

    @Inject
    Event<ReportQueued> queued;

    @Inject
    Clock clock;

    @Inject
    ReportRetention reportRetention;

    @Inject
    MonthlyReports housekeeping;

    @Resource
    SessionContext session;

    public GeneratedReportView order(@NotNull @Valid ReportOrder order) {
        if (order.to().isAfter(order.from().plusDays(MAX_PERIOD_DAYS - 1))) {
            throw new InvalidRequestException("a report covers at most " + MAX_PERIOD_DAYS + " days; split the period");
        }
        GeneratedReport report;
        try {
            report = GeneratedReport.order(order.kind(), order.subject(), order.from(), order.to(), false,
                    session.getCallerPrincipal().getName(), Instant.now(clock), reportRetention.keepUntil());
        } catch (IllegalArgumentException invalid) {
            throw new InvalidRequestException(invalid.getMessage());
        }
        checkSubjectExists(report);
        archive.add(report);
        audit.fire(AuditableAction.of("REPORT_ORDERED", "report", report.id().toString(), AuditOutcome.SUCCESS,
                describe(report)));
        queued.fire(new ReportQueued(report.id()));
        return GeneratedReportView.of(report);
    }

    /** The latest reports, newest first, with the progress of those still being made. */
    public List<GeneratedReportView> recent() {
        return archive.recent(MAX_SHOWN).stream().map(GeneratedReportView::of).toList();
    }

    public GeneratedReportView view(UUID id) {
        return GeneratedReportView.of(existing(id));
    }

    public ReportDownload pdf(UUID id) {
        return download(id, false);
    }

    public ReportDownload csv(UUID id) {
        return download(id, true);
    }

    private ReportDownload download(UUID id, boolean csv) {
        GeneratedReport report = existing(id);
        if (report.isDownloadable() && report.keepUntil().isBefore(reportRetention.today())) {
            // past its keeping time and the nightly run has not come yet: its files go now, not at night
            housekeeping.expire();
            throw new ConflictException("report " + id + " was kept until " + report.keepUntil()
                    + ": its files were deleted");
        }
        if (!report.isDownloadable()) {
            throw new ConflictException("report " + id + " is " + report.status().name().toLowerCase()
                    + (report.status() == GeneratedReport.Status.EXPIRED ? ": its files were deleted after "
                    + report.keepUntil() : ", not ready"));
        }
        if (csv && !report.kind().isTabular()) {
            throw new InvalidRequestException("a " + report.kind() + " report is not a table: download its PDF");
        }
        ReportFile file = archive.file(id).orElseThrow(() -> new UnknownItemException("report file", id.toString()));
        String name = report.kind().fileStem() + "-" + report.periodFrom() + "-" + report.periodTo()
                + (csv ? ".csv" : ".pdf");
        audit.fire(AuditableAction.of("REPORT_DOWNLOADED", "report", id.toString(), AuditOutcome.SUCCESS,
                name + "; data SHA-256 " + report.digest()));
        return csv ? new ReportDownload(name, "text/csv", file.csv().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                report.digest()) : new ReportDownload(name, "application/pdf", file.pdf(), report.digest());
    }

    private void checkSubjectExists(GeneratedReport report) {
        if (report.kind().subject() == ReportKind.Subject.NONE) {
            return;
        }
        UUID subject;
        try {
            subject = UUID.fromString(report.subject());
        } catch (IllegalArgumentException notAnId) {
            throw new InvalidRequestException("the subject of a " + report.kind() + " report is an id, not \""
                    + report.subject() + "\"");
        }
        boolean exists = switch (report.kind().subject()) {
            case RECORDS_REQUEST -> records.find(subject).isPresent();
            case PURGE -> retention.run(subject).isPresent();
            case LEGAL_HOLD -> retention.hold(subject).isPresent();
            case NONE -> true;
        };
        if (!exists) {
            throw new UnknownItemException(report.kind().subject().name().toLowerCase().replace('_', ' '),
                    subject.toString());
        }
    }

    static String describe(GeneratedReport report) {
        return report.kind() + " for " + report.periodFrom() + " to " + report.periodTo()
                + (report.subject() == null ? "" : ", about " + report.subject());
    }

    private GeneratedReport existing(UUID id) {
        return archive.find(id).orElseThrow(() -> new UnknownItemException("report", String.valueOf(id)));
    }
}
