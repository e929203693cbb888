package org.platekeeper.retention.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.platekeeper.shared.application.ThisServer;
import org.platekeeper.audit.application.AuditRetention;
import org.platekeeper.audit.domain.AuditOutcome;
import org.platekeeper.audit.domain.AuditableAction;
import org.platekeeper.policy.domain.PolicyProfile;
import org.platekeeper.retention.domain.DayPurged;
import org.platekeeper.retention.domain.LegalHold;
import org.platekeeper.retention.domain.PurgeRun;
import org.platekeeper.retention.domain.RetentionRepository;
import org.platekeeper.retention.domain.RetentionStore;

/**
 * The steps of a purge, each in a transaction of its own: the day's data and the run's record of that day commit
 * together, so after a crash the certificate says exactly which days are gone.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PurgeSteps {

    @Inject
    RetentionRepository runs;

    @Inject
    RetentionStore store;

    @Inject
    AuditRetention auditRetention;

    @Inject
    Event<PurgeStep> step;

    @Inject
    Event<AuditableAction> audit;

    @Inject
    Clock clock;

    @Inject
    ThisServer thisServer;

    public UUID start(PurgeRun.Trigger trigger, String actor, Instant cutoff, PolicyProfile profile,
                      LocalDate today) {
        PurgeRun run = PurgeRun.start(trigger, actor, cutoff, profile.readRetentionDays(),
                missedRuns(profile, today), Instant.now(clock));
        run.runOn(thisServer.name());
        runs.add(run);
        return run.id();
    }

    /** The agency days since the last completed purge on which no purge completed: the server was down. */
    private String missedRuns(PolicyProfile profile, LocalDate today) {
        return runs.lastCompleted().map(last -> {
            LocalDate lastDay = LocalDate.ofInstant(last.startedAt(), profile.timeZone());
            long missed = ChronoUnit.DAYS.between(lastDay, today) - 1;
            return missed > 0 ? missed + " daily runs missed since " + lastDay + "; this run purges their days too"
                    : null;
        }).orElse(null);
    }

    /**
     * Requests no supervisor decided within the profile's days lapse before the days are purged, so their reads go
     * like any others (PC-C2, OD-R6). Each is audited.
     */
    public void lapseUndecidedHolds(int decisionDays) {
        Instant now = Instant.now(clock);
        for (LegalHold hold : runs.requestedBefore(now.minus(java.time.Duration.ofDays(decisionDays)))) {
            if (hold.lapseIfUndecided(decisionDays, now)) {
                audit.fire(AuditableAction.of("HOLD_REQUEST_LAPSED", "legal hold", hold.id().toString(),
                        AuditOutcome.SUCCESS, hold.decisionNote() + "; its reads are no longer protected")
                        .by("system").underPurpose("case " + hold.caseNumber()));
            }
        }
    }

    public void purgeDay(UUID runId, LocalDate day, Instant cutoff) {
        DayPurged purged = store.purgeDay(day, cutoff, () -> step.fire(new PurgeStep(day)));
        if (purged.dropped() || purged.readsDeleted() > 0 || purged.readsRetained() > 0) {
            run(runId).dayPurged(purged);
        }
    }

    public void purgeReleased(UUID runId, Instant cutoff) {
        long[] deleted = store.purgeReleased(cutoff);
        run(runId).retainedStorePurged(deleted[0], deleted[1]);
    }

    /**
     * Removes what names a plate outside the reads (audit events, searches, disclosures, partner deliveries) from
     * before the read cut-off, and the audit events from before the audit cut-off; recorded in the certificate.
     */
    public void removePlateData(UUID runId, Instant readCutoff, Instant auditCutoff) {
        PurgeRun run = run(runId);
        int events = auditRetention.removePlateData(readCutoff);
        long[] others = store.removePlateData(readCutoff);
        String auditPurge = auditRetention.purgeExpired(auditCutoff, run.startedBy())
                .map(p -> "Audit events " + p.first() + ".." + p.last() + " past the audit retention deleted; the "
                        + "chain now starts after event " + p.last() + " (hash " + p.anchorHash() + ")")
                .orElse(null);
        run.plateDataRemoved(events, others[0], others[1], others[2], auditPurge);
    }

    public PurgeRunView complete(UUID runId) {
        PurgeRun run = run(runId);
        run.complete(Instant.now(clock));
        audit.fire(AuditableAction.of("PURGE_COMPLETED", "purge", run.id().toString(), AuditOutcome.SUCCESS,
                "cut-off " + run.cutoff() + "; " + run.readsDeleted() + " reads, " + run.imagesDeleted()
                        + " images, " + run.alertsDeleted() + " alerts deleted; " + run.readsRetained()
                        + " reads retained under hold; certificate digest " + run.digest())
                .by(run.startedBy()));
        return PurgeRunView.of(run);
    }

    public PurgeRunView fail(UUID runId, String why) {
        PurgeRun run = run(runId);
        run.fail(why, Instant.now(clock));
        audit.fire(AuditableAction.of("PURGE_FAILED", "purge", run.id().toString(), AuditOutcome.FAILURE,
                why + "; certificate digest " + run.digest()).by(run.startedBy()));
        return PurgeRunView.of(run);
    }

    private PurgeRun run(UUID id) {
        return runs.run(id).orElseThrow();
    }
}
