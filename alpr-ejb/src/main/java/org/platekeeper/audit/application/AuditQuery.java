package org.platekeeper.audit.application;

import java.time.Instant;

/** Filters for browsing the audit trail; any may be null. */
public record AuditQuery(String actor, String action, Instant from, Instant to, int offset, int limit) {

    String describe() {
        return "actor=" + actor + ", action=" + action + ", from=" + from + ", to=" + to + ", offset=" + offset;
    }
}
