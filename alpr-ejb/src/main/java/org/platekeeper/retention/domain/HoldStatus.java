package org.platekeeper.retention.domain;

/** A hold protects its reads while it is requested or active; a rejected or released one protects nothing. */
public enum HoldStatus {
    REQUESTED, ACTIVE, REJECTED, RELEASED;

    public boolean protectsReads() {
        return this == REQUESTED || this == ACTIVE;
    }
}
