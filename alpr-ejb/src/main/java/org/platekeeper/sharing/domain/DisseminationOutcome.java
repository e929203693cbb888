package org.platekeeper.sharing.domain;

/** Whether the data left. */
public enum DisseminationOutcome {
    DISCLOSED,
    REFUSED
}
