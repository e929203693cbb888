package org.platekeeper.retention.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.platekeeper.policy.domain.PolicyProfile;
import org.platekeeper.retention.domain.PurgeRun;
import org.platekeeper.retention.domain.RetentionRepository;
import org.platekeeper.shared.application.UnknownItemException;
import org.platekeeper.shared.domain.Role;

/** Purge history, certificates and the schedule; an administrator can purge now rather than at night. */
@Stateless
@RolesAllowed({Role.Names.ADMINISTRATOR, Role.Names.AUDITOR, Role.Names.SUPERVISOR, Role.Names.RECORDS_CLERK})
public class Retention {

    @Inject
    PurgeEngine engine;

    @Inject
    PurgeSchedule schedule;

    @Inject
    RetentionRepository runs;

    @Inject
    PolicyProfile policy;

    @Resource
    SessionContext session;

    @RolesAllowed(Role.Names.ADMINISTRATOR)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public PurgeRunView purgeNow() {
        return engine.run(policy, PurgeRun.Trigger.MANUAL, session.getCallerPrincipal().getName());
    }

    public List<PurgeRunView> runs() {
        return runs.runs(100).stream().map(PurgeRunView::of).toList();
    }

    public PurgeRunView run(UUID id) {
        return runs.run(id).map(PurgeRunView::of)
                .orElseThrow(() -> new UnknownItemException("purge", String.valueOf(id)));
    }

    public Schedule schedule() {
        return new Schedule(policy.readRetentionDays(), policy.timeZone().getId(), schedule.nextRun().orElse(null));
    }

    /** How long reads are kept and when the next purge runs. */
    public record Schedule(int retentionDays, String timeZone, Instant nextRun) {
    }
}
