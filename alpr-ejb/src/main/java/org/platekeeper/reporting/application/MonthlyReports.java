package org.platekeeper.reporting.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.platekeeper.audit.domain.AuditOutcome;
import org.platekeeper.audit.domain.AuditableAction;
import org.platekeeper.policy.domain.PolicyProfile;
import org.platekeeper.reporting.domain.GeneratedReport;
import org.platekeeper.reporting.domain.ReportArchive;
import org.platekeeper.reporting.domain.ReportKind;
import org.platekeeper.shared.application.ScheduledRuns;

/**
 * The compliance audit of each past month (OD-AD3), made and kept without anyone asking, and the deletion of
 * reports past their keeping time. Runs every night and shortly after each start, so a month whose first night the
 * server was down is still audited; the register's unique index lets only one server make each month's report.
 */
@Singleton
@Startup
@PermitAll
public class MonthlyReports {

    private static final Logger LOG = Logger.getLogger(MonthlyReports.class.getName());
    static final String SYSTEM = "system";

    @Inject
    ReportArchive archive;

    @Inject
    ReportGenerator generator;

    @Inject
    ReportRetention retention;

    @Inject
    PolicyProfile policy;

    @Inject
    Event<AuditableAction> audit;

    @Inject
    Clock clock;

    @Inject
    ScheduledRuns runs;

    @Inject
    @ConfigProperty(name = "ALPR_REPORT_CATCH_UP_SECONDS", defaultValue = "60")
    long catchUpSeconds;

    @Resource
    TimerService timers;

    @Resource
    SessionContext session;

    @PostConstruct
    void scheduleCatchUp() {
        // not at once: the database may still be starting
        timers.createSingleActionTimer(catchUpSeconds * 1000, new TimerConfig("report catch-up", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void catchUp() {
        produceAndExpire();
    }

    @Schedule(hour = "3", minute = "15", persistent = false, info = "monthly compliance audit")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void nightly() {
        if (runs.claim("monthly-reports", policy.today(clock).toString())) {
            produceAndExpire(); // on one of the servers sharing the database
        }
    }

    private void produceAndExpire() {
        MonthlyReports self = session.getBusinessObject(MonthlyReports.class);
        try {
            self.orderLastMonth().ifPresent(generator::produce);
            self.expire();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the monthly compliance audit could not be made; the next run retries", e);
        }
    }

    /** Orders last month's compliance audit unless it exists; its id when ordered now. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<UUID> orderLastMonth() {
        LocalDate first = policy.today(clock).withDayOfMonth(1).minusMonths(1);
        LocalDate last = first.plusMonths(1).minusDays(1);
        GeneratedReport report = GeneratedReport.order(ReportKind.COMPLIANCE_AUDIT, null, first, last, true, SYSTEM,
                Instant.now(clock), retention.keepUntil());
        if (!archive.addScheduled(report)) {
            return Optional.empty();
        }
        audit.fire(AuditableAction.of("REPORT_ORDERED", "report", report.id().toString(), AuditOutcome.SUCCESS,
                Reports.describe(report) + "; monthly").by(SYSTEM));
        return Optional.of(report.id());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void expire() {
        int expired = archive.expire(policy.today(clock));
        if (expired > 0) {
            audit.fire(AuditableAction.of("REPORTS_EXPIRED", "report", null, AuditOutcome.SUCCESS, expired
                    + " reports kept past " + retention.days() + " days: files deleted").by(SYSTEM));
        }
    }
}
