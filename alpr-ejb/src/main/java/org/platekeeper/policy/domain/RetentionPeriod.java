package org.platekeeper.policy.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * How long data is kept, counted in calendar days in the agency's time zone (PC-C1, OD-R5): on day D a read is
 * kept if it was captured on D minus the retention days or later, so the cut-off is the start of that day.
 */
public record RetentionPeriod(int days, ZoneId zone) {

    public RetentionPeriod {
        if (days < 1) {
            throw new IllegalArgumentException("retention is at least one day");
        }
    }

    /** Reads captured before this instant are past retention on the given agency day. */
    public Instant cutoff(LocalDate today) {
        return today.minusDays(days).atStartOfDay(zone).toInstant();
    }
}
