package org.platekeeper.search.domain;

/** Where a historical search stands. */
public enum SearchStatus {
    /** Ran at once: it touched no sensitive location. */
    RUN,
    /** Touches a sensitive location and waits for a supervisor (PC-B4). */
    AWAITING_APPROVAL,
    APPROVED,
    REJECTED
}
