package org.platekeeper.audit.application;

import java.time.Instant;
import java.util.StringJoiner;

/** Filters for browsing the audit trail; any may be null. */
public record AuditQuery(String actor, String action, Instant from, Instant to, int offset, int limit) {

    /** The filters that were set, for the audit record of the browsing itself. */
    String describe() {
        StringJoiner filters = new StringJoiner(", ", "filters: ", "").setEmptyValue("no filters");
        if (actor != null && !actor.isBlank()) {
            filters.add("actor=" + actor);
        }
        if (action != null && !action.isBlank()) {
            filters.add("action=" + action);
        }
        if (from != null) {
            filters.add("from=" + from);
        }
        if (to != null) {
            filters.add("to=" + to);
        }
        if (offset > 0) {
            filters.add("offset=" + offset);
        }
        return filters.toString();
    }
}
