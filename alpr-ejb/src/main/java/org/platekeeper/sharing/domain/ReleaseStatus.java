package org.platekeeper.sharing.domain;

/** Where a release stands: requested, then approved or rejected by a supervisor. */
public enum ReleaseStatus {
    REQUESTED,
    APPROVED,
    REJECTED
}
