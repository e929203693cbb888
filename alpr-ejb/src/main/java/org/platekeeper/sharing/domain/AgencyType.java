package org.platekeeper.sharing.domain;

/** What kind of body a partner agency is; only two kinds may receive LPR data (PC-D1). */
public enum AgencyType {
    LAW_ENFORCEMENT,
    PROSECUTION,
    COURT,
    OTHER_PUBLIC_AGENCY,
    PRIVATE_COMPANY;

    /** PC-D1: data is shared only with law-enforcement or prosecutorial agencies. */
    public boolean mayHoldAgreement() {
        return this == LAW_ENFORCEMENT || this == PROSECUTION;
    }
}
