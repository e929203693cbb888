package org.platekeeper.retention.domain;

import java.time.LocalDate;

/**
 * What the purge of one capture day (UTC) did.
 *
 * @param dropped whether the whole day's partition was dropped, or only its reads before the cut-off deleted
 */
public record DayPurged(LocalDate day, long readsDeleted, long imagesDeleted, long alertsDeleted, long readsRetained,
                        boolean dropped) {

    String line() {
        return day + ": " + readsDeleted + " reads and " + imagesDeleted + " images deleted, " + alertsDeleted
                + " alerts deleted, " + readsRetained + " reads moved to the retained store under legal hold"
                + (dropped ? " (partition dropped)" : " (before the cut-off)");
    }
}
