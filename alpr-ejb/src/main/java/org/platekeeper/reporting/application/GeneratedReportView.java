package org.platekeeper.reporting.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.platekeeper.reporting.domain.GeneratedReport;
import org.platekeeper.reporting.domain.ReportKind;

/** A report of the register, with how far its generation has got and, once done, the digest of its data. */
public record GeneratedReportView(UUID id, ReportKind kind, String subject, LocalDate periodFrom, LocalDate periodTo,
                                  GeneratedReport.Status status, int progress, boolean scheduled, String requestedBy,
                                  Instant requestedAt, Instant finishedAt, String digest, Integer pages,
                                  String message, LocalDate keepUntil, boolean csvAvailable) {

    static GeneratedReportView of(GeneratedReport r) {
        return new GeneratedReportView(r.id(), r.kind(), r.subject(), r.periodFrom(), r.periodTo(), r.status(),
                r.progress(), r.scheduled(), r.requestedBy(), r.requestedAt(), r.finishedAt(), r.digest(), r.pages(),
                r.message(), r.keepUntil(), r.isDownloadable() && r.kind().isTabular());
    }
}
