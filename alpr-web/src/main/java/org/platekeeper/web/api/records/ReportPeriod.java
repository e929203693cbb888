package org.platekeeper.web.api.records;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** The first and last day a report covers. */
public record ReportPeriod(@NotNull(message = "give the first day of the period") LocalDate from,
                           @NotNull(message = "give the last day of the period") LocalDate to) {
}
