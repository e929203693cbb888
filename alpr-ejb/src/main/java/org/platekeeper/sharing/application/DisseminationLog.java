package org.platekeeper.sharing.application;

import java.time.Clock;
import java.time.Instant;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.platekeeper.audit.domain.AuditOutcome;
import org.platekeeper.audit.domain.AuditableAction;
import org.platekeeper.sharing.domain.Dissemination;
import org.platekeeper.sharing.domain.SharingRefusal;
import org.platekeeper.sharing.domain.SharingRepository;

/**
 * Writes refusals to the dissemination log and the audit trail in a transaction of their own: the refused
 * request rolls back, and the record that it was refused must stay (OD-R3, OD-R4).
 */
@Stateless
@PermitAll
public class DisseminationLog {

    @Inject
    SharingRepository sharing;

    @Inject
    Event<AuditableAction> audit;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refused(Dissemination.Request request, SharingRefusal refusal) {
        refusedWithTheCaller(request, refusal);
    }

    /**
     * The same record in the caller's transaction, for a refusal that belongs with what the caller commits: a push
     * refused while its alert is raised. (A transaction of its own there would wait for the audit trail's head,
     * which the caller's transaction holds.)
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void refusedWithTheCaller(Dissemination.Request request, SharingRefusal refusal) {
        Dissemination refused = Dissemination.refused(request, refusal, Instant.now(clock));
        sharing.add(refused);
        audit.fire(new AuditableAction("PARTNER_" + request.kind() + "_REFUSED", "plate", request.plate(),
                AuditOutcome.DENIED, refusal.reason() + " (" + refusal.clause() + "); dissemination " + refused.id()
                + partnerOf(request), null, purposeOf(request)));
    }

    static String partnerOf(Dissemination.Request request) {
        return request.agreement() == null ? "" : ", partner " + request.agreement().partner().name()
                + " (" + request.agreement().partner().ori() + "), agreement " + request.agreement().id();
    }

    static String purposeOf(Dissemination.Request request) {
        if (request.caseNumber() == null && request.purpose() == null) {
            return null;
        }
        return "case " + request.caseNumber() + " / " + request.purpose();
    }
}
