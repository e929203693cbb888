package org.platekeeper.retention.domain;

/**
 * A hold protects its reads while it is requested or active; a rejected, released or lapsed one (a request no
 * supervisor decided in time) protects nothing.
 */
public enum HoldStatus {
    REQUESTED, ACTIVE, REJECTED, RELEASED, LAPSED;

    public boolean protectsReads() {
        return this == REQUESTED || this == ACTIVE;
    }
}
