package org.platekeeper.sharing.domain;

/** How data left the department, or would have: a partner's query, an alert pushed to it, a release. */
public enum DisseminationKind {
    QUERY,
    ALERT_PUSH,
    RELEASE
}
