package org.platekeeper.audit.application;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.platekeeper.shared.domain.Role;
import org.platekeeper.audit.domain.AuditChainHead;
import org.platekeeper.audit.domain.AuditEvent;
import org.platekeeper.audit.domain.AuditEventRepository;
import org.platekeeper.audit.domain.AuditOutcome;
import org.platekeeper.audit.domain.AuditableAction;
import org.platekeeper.audit.domain.ChainKeyStore;
import org.platekeeper.audit.domain.ChainVerification;
import org.platekeeper.audit.domain.ChainVerifier;
import org.platekeeper.shared.application.RequestOrigin;

/**
 * The audit trail every context writes to through {@link AuditableAction} events (OD-R4). An event joins the
 * transaction of the action it records, so the two commit or roll back together; an action outside a transaction
 * gets one of its own.
 */
@Stateless
@DeclareRoles({Role.Names.ADMINISTRATOR, Role.Names.OFFICER, Role.Names.INVESTIGATOR, Role.Names.SUPERVISOR,
        Role.Names.RECORDS_CLERK, Role.Names.AUDITOR, Role.Names.COMMAND_STAFF})
public class AuditTrail {

    static final String SYSTEM_ACTOR = "system";
    private static final int VERIFY_BATCH = 5_000;
    public static final int MAX_PAGE = 500;

    @Inject
    AuditEventRepository events;

    @Inject
    ChainKeyStore keys;

    @Inject
    Clock clock;

    @Inject
    Instance<RequestOrigin> origin;

    @Inject
    Event<AuditableAction> audit;

    @Resource
    SessionContext session;

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void record(@Observes AuditableAction action) {
        AuditChainHead head = events.lockHead();
        AuditEvent event = head.append(Instant.now(clock), actorOf(action), callerRoles(), action, clientAddress(),
                keys.keyring(head.lastSequence() + 1).current());
        events.add(event);
    }

    /**
     * Records a refusal in a transaction of its own: the refused request's transaction rolls back, and the record
     * that it was refused must not go with it.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordRefusal(AuditableAction refusal) {
        record(refusal);
    }

    /**
     * Records what happened after a transaction ended, such as the push of a committed alert to the consoles, in
     * a transaction of its own.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordAfterCommit(AuditableAction action) {
        record(action);
    }

    /** Recomputes the whole chain from its anchor to its head (OD-AD3, OD-X2); the check itself is audited. */
    @RolesAllowed(Role.Names.AUDITOR)
    public ChainVerification verify() {
        return verifyAndRecord(null);
    }

    /**
     * The same check for a compliance report, whoever ordered it: the report states the result, and the trail
     * records that the check ran and for which report.
     */
    @PermitAll
    public ChainVerification verifyForReport(String report) {
        return verifyAndRecord(report);
    }

    private ChainVerification verifyAndRecord(String forReport) {
        // the head as it stands now: events appended while the check runs belong to the next check
        AuditChainHead head = events.head();
        ChainVerifier verifier = new ChainVerifier(head, keys.keyring(head.lastSequence() + 1));
        long after = head.anchorSequence();
        boolean going = true;
        while (going) {
            List<AuditEvent> batch = events.between(after, head.lastSequence(), VERIFY_BATCH);
            for (AuditEvent event : batch) {
                if (!verifier.accept(event)) {
                    going = false;
                    break;
                }
                after = event.sequence();
            }
            going = going && batch.size() == VERIFY_BATCH;
        }
        ChainVerification result = verifier.finish();
        audit.fire(AuditableAction.of("AUDIT_CHAIN_VERIFIED", "audit-trail", null, AuditOutcome.SUCCESS,
                (result.intact() ? "intact through event " + result.lastSequence()
                        : "broken at event " + result.firstBrokenSequence() + ": " + result.problem())
                        + (forReport == null ? "" : "; for " + forReport)));
        return result;
    }

    /** Audit events, newest first; browsing the trail is itself recorded. */
    @RolesAllowed(Role.Names.AUDITOR)
    public List<AuditEventView> browse(AuditQuery query) {
        int limit = Math.min(Math.max(query.limit(), 1), MAX_PAGE);
        List<AuditEventView> page = events.search(blankToNull(query.actor()), blankToNull(query.action()),
                        query.from(), query.to(), Math.max(query.offset(), 0), limit)
                .stream().map(AuditEventView::of).toList();
        audit.fire(AuditableAction.of("AUDIT_TRAIL_BROWSED", "audit-trail", null, AuditOutcome.SUCCESS,
                query.describe() + "; " + page.size() + " events shown"));
        return page;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private String actorOf(AuditableAction action) {
        if (action.actor() != null) {
            return action.actor();
        }
        Principal caller = session.getCallerPrincipal();
        return caller == null || "UNAUTHENTICATED".equals(caller.getName()) ? SYSTEM_ACTOR : caller.getName();
    }

    private String callerRoles() {
        return Arrays.stream(Role.values()).map(Role::name).filter(session::isCallerInRole)
                .collect(Collectors.joining(","));
    }

    private String clientAddress() {
        try {
            return origin.isResolvable() ? origin.get().clientAddress() : null;
        } catch (jakarta.enterprise.context.ContextNotActiveException noRequest) {
            return null; // timers and start-up work run outside any HTTP request
        }
    }
}
