package org.platekeeper.reporting.application;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.platekeeper.reporting.domain.GeneratedReport;
import org.platekeeper.reporting.domain.ReportKind;

/**
 * A report as ordered: its kind, the period (first and last day, in the agency's calendar) and, for a report about
 * one item, the id of the records request, purge or legal hold.
 */
public record ReportOrder(@NotNull(message = "name the kind of report") ReportKind kind,
                          @NotNull(message = "give the first day of the period") LocalDate from,
                          @NotNull(message = "give the last day of the period") LocalDate to,
                          @Size(max = GeneratedReport.SUBJECT_MAX_LENGTH) String subject) {
}
