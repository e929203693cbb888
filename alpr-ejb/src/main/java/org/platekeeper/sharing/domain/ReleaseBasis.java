package org.platekeeper.sharing.domain;

/** What requires a release by law (PC-C4): the only grounds on which data goes outside the department otherwise. */
public enum ReleaseBasis {
    SUBPOENA,
    COURT_ORDER,
    DISCOVERY_REQUEST
}
