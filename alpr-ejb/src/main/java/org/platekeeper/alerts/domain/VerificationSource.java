package org.platekeeper.alerts.domain;

/** Where the officer checked that the hit is still valid (OD-V2). */
public enum VerificationSource {
    NCIC, MULES, DISPATCH, MDT
}
