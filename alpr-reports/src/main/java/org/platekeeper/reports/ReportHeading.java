package org.platekeeper.reports;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * What every report states about itself: whose it is, under which policy, for which period, and when it was made
 * (in the agency's own zone, as its clerks read time).
 *
 * @param periodFrom first day the report covers, inclusive
 * @param periodTo   last day the report covers, inclusive
 */
public record ReportHeading(String agency, String profile, LocalDate periodFrom, LocalDate periodTo,
                            ZonedDateTime generatedAt) {

    public ReportHeading {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(periodFrom, "periodFrom");
        Objects.requireNonNull(periodTo, "periodTo");
        Objects.requireNonNull(generatedAt, "generatedAt");
        if (periodTo.isBefore(periodFrom)) {
            throw new IllegalArgumentException("a report period ends on or after its first day");
        }
    }

    public String period() {
        return periodFrom.equals(periodTo) ? periodFrom.toString() : periodFrom + " to " + periodTo;
    }
}
