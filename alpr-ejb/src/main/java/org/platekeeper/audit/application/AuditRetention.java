package org.platekeeper.audit.application;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.platekeeper.audit.domain.AuditEventRepository;
import org.platekeeper.audit.domain.AuditOutcome;
import org.platekeeper.audit.domain.AuditPurge;
import org.platekeeper.audit.domain.AuditableAction;

/**
 * The audit trail's share of the purge (PC-C1, PC-G1, OD-R5): it must not keep plates past the read retention, nor
 * itself past the audit retention, and it must still verify afterwards. Called by the purge, in its transaction.
 */
@Stateless
@PermitAll
public class AuditRetention {

    /**
     * The kinds of object whose events name plates, reads or places in their object or details: those fields are
     * blanked once the read retention has passed. Who did what, when, under which case stays.
     */
    public static final Set<String> PLATE_DATA = Set.of("alert", "read", "search", "hot-list entry",
            "hot-list-entry", "hot list", "picture", "plate", "installation");

    @Inject
    AuditEventRepository events;

    @Inject
    Event<AuditableAction> audit;

    /** Blanks the plate data of events recorded before the read-retention cut-off; returns how many. */
    public int removePlateData(Instant readCutoff) {
        return events.redactBefore(readCutoff, PLATE_DATA);
    }

    /** Deletes the events past the audit retention from the start of the chain, which then starts after them. */
    public Optional<AuditPurge> purgeExpired(Instant auditCutoff, String actor) {
        Optional<AuditPurge> purged = events.purgeBefore(auditCutoff);
        purged.ifPresent(p -> audit.fire(AuditableAction.of("AUDIT_EVENTS_PURGED", "audit-trail", null,
                AuditOutcome.SUCCESS, "events " + p.first() + ".." + p.last() + " recorded before " + auditCutoff
                        + " deleted; the chain now starts after event " + p.last() + ", hash " + p.anchorHash())
                .by(actor)));
        return purged;
    }
}
