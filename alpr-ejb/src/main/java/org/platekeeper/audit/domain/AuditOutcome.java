package org.platekeeper.audit.domain;

/** How an audited action ended. */
public enum AuditOutcome {
    SUCCESS,
    /** Refused by a rule: role, training, lockout, policy clause. */
    DENIED,
    /** Attempted and failed, e.g. wrong credentials. */
    FAILURE
}
