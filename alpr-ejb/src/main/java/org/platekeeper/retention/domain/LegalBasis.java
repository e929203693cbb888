package org.platekeeper.retention.domain;

/** Why reads are kept past retention (PC-C2, OD-R6). */
public enum LegalBasis {
    EVIDENCE, DISCOVERY_REQUEST, PRESERVATION_LETTER, COURT_ORDER, PUBLIC_RECORDS_LITIGATION
}
