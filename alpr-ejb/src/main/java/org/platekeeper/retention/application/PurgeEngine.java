package org.platekeeper.retention.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.platekeeper.policy.domain.PolicyProfile;
import org.platekeeper.retention.domain.PurgeRun;
import org.platekeeper.retention.domain.RetentionStore;

/**
 * Runs a purge (PC-C1, OD-R5): every read past the profile's retention goes, with its images and the alerts of
 * reads no hold protects, day by day; held reads move to the retained store first (PC-C2, OD-R6). Then what
 * still names a plate elsewhere goes (PC-G1), and the audit events past the audit retention. One purge at a time. Called by the schedule and by an administrator; it has no role of its own.
 */
@Singleton
@PermitAll
@Lock(LockType.WRITE)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PurgeEngine {

    private static final Logger LOG = Logger.getLogger(PurgeEngine.class.getName());

    @Inject
    PurgeSteps steps;

    @Inject
    RetentionStore store;

    @Inject
    Clock clock;

    public PurgeRunView run(PolicyProfile profile, PurgeRun.Trigger trigger, String actor) {
        LocalDate today = profile.today(clock);
        Instant cutoff = profile.readRetentionPeriod().cutoff(today);
        UUID runId = steps.start(trigger, actor, cutoff, profile, today);
        try {
            steps.lapseUndecidedHolds(profile.holdDecisionDays());
            for (LocalDate day : store.daysBefore(cutoff)) {
                steps.purgeDay(runId, day, cutoff);
            }
            steps.purgeReleased(runId, cutoff);
            steps.removePlateData(runId, cutoff, profile.auditRetentionPeriod().cutoff(today));
            return steps.complete(runId);
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "Purge " + runId + " failed; the days already purged stay purged", failure);
            return steps.fail(runId, "stopped by " + rootCause(failure) + "; days not yet purged are untouched and "
                    + "the next run purges them");
        }
    }

    private static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
