package org.platekeeper.cameras.domain;

/** The three kinds of LPR system the Odessa general order defines (OD-D1). */
public enum CameraType {
    /** Permanently installed at one place: reads take the camera's own place unless they carry their own. */
    FIXED,
    /** Mounted on a law-enforcement vehicle: reads carry the vehicle's GPS position (PC-B2). */
    MOBILE,
    /** Deployed for a while at one place, then another: its deployments are recorded. */
    PORTABLE
}
