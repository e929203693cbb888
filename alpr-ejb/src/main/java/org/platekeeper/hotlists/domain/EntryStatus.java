package org.platekeeper.hotlists.domain;

/** Where a hot-list entry stands. Only ACTIVE entries raise alerts. */
public enum EntryStatus {
    /** Asked for by an officer, waiting for a supervisor (OD-H1). */
    REQUESTED,
    ACTIVE,
    REJECTED,
    /** Its review lapsed (OD-H4). */
    EXPIRED,
    /** Taken off the list; its history stays. */
    REMOVED
}
