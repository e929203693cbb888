package org.platekeeper.audit.application;

import java.time.Instant;

import org.platekeeper.audit.domain.AuditEvent;
import org.platekeeper.audit.domain.AuditOutcome;

/** One audit event as the console and the API show it. */
public record AuditEventView(long sequence, Instant occurredAt, String actor, String actorRoles, String action,
                             String objectType, String objectId, String purpose, String clientAddress,
                             AuditOutcome outcome, String details, String hash) {

    static AuditEventView of(AuditEvent e) {
        return new AuditEventView(e.sequence(), e.occurredAt(), e.actor(), e.actorRoles(), e.action(),
                e.objectType(), e.objectId(), e.purpose(), e.clientAddress(), e.outcome(), e.details(), e.hash());
    }
}
