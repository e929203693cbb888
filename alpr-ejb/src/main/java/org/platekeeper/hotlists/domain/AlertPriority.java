package org.platekeeper.hotlists.domain;

/** How soon an officer must look at an alert, set by the kind of list it came from. */
public enum AlertPriority {
    /** A person may be in danger, or an officer may be. */
    URGENT,
    HIGH,
    NORMAL
}
