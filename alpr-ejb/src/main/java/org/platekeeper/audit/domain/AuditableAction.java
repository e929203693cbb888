package org.platekeeper.audit.domain;

import java.util.Objects;

/**
 * A domain event: something a person or the system did that the audit trail must record (OD-R4). Every context
 * fires it through CDI; the audit context appends it to the chain in the same transaction as the action.
 *
 * @param action     what was done, e.g. {@code SIGN_IN}, {@code USER_CREATED}
 * @param objectType the kind of thing acted on, e.g. {@code user}
 * @param objectId   which one
 * @param outcome    how it ended
 * @param details    free text for the auditor; never a password, never a plate outside plate-data actions
 * @param actor      who acted, or {@code null} for the signed-in caller ("system" when there is none)
 * @param purpose    the case number or purpose the action was done under, if any
 */
public record AuditableAction(String action, String objectType, String objectId, AuditOutcome outcome,
                              String details, String actor, String purpose) {

    public AuditableAction {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
    }

    public static AuditableAction of(String action, String objectType, String objectId, AuditOutcome outcome,
                                     String details) {
        return new AuditableAction(action, objectType, objectId, outcome, details, null, null);
    }

    public AuditableAction by(String actingUser) {
        return new AuditableAction(action, objectType, objectId, outcome, details, actingUser, purpose);
    }

    public AuditableAction underPurpose(String casePurpose) {
        return new AuditableAction(action, objectType, objectId, outcome, details, actor, casePurpose);
    }
}
