package org.platekeeper.sharing.domain;

/** Where an agreement stands: proposed by an administrator, decided by a supervisor, suspended at once if need be. */
public enum AgreementStatus {
    PROPOSED,
    ACTIVE,
    REJECTED,
    SUSPENDED
}
