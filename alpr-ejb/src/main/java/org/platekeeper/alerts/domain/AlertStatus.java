package org.platekeeper.alerts.domain;

/**
 * The steps of an alert (OD-V1..V4), in the only order they can be taken:
 * RAISED → ACKNOWLEDGED → VERIFIED (characters and state checked by eye against the image) or MISREAD →
 * CONFIRMED or NOT_CONFIRMED (checked with NCIC, MULES, dispatch or the MDT) → CLOSED with a disposition.
 * A misread goes straight to its disposition.
 */
public enum AlertStatus {
    RAISED, ACKNOWLEDGED, VERIFIED, MISREAD, CONFIRMED, NOT_CONFIRMED, CLOSED
}
