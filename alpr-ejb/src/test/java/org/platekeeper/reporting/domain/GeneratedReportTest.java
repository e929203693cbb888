package org.platekeeper.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GeneratedReportTest {

    private static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);
    private static final LocalDate NOV_30 = LocalDate.of(2026, 11, 30);
    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    private static GeneratedReport compliance() {
        return GeneratedReport.order(ReportKind.COMPLIANCE_AUDIT, null, NOV_1, NOV_30, false, "clerk", NOW,
                LocalDate.of(2027, 12, 1));
    }

    @Test
    @DisplayName("a report is queued, runs, and is done with its digest and pages; only then can it be downloaded")
    void life() {
        GeneratedReport report = compliance();
        assertThat(report.status()).isEqualTo(GeneratedReport.Status.QUEUED);
        assertThat(report.isDownloadable()).isFalse();
        report.start("host/server");
        report.advance(60);
        assertThat(report.progress()).isEqualTo(60);
        report.advance(40);
        assertThat(report.progress()).as("progress never goes back").isEqualTo(60);
        report.complete("ab".repeat(32), 3, NOW.plusSeconds(2));
        assertThat(report.isDownloadable()).isTrue();
        assertThat(report.progress()).isEqualTo(100);
        assertThatThrownBy(() -> report.start("host/server")).isInstanceOf(IllegalStateException.class);
        report.expire();
        assertThat(report.isDownloadable()).as("its files are gone").isFalse();
    }

    @Test
    @DisplayName("a period ends on or after its first day; reports about one item name it, the others name none")
    void orderRules() {
        assertThatThrownBy(() -> GeneratedReport.order(ReportKind.COMPLIANCE_AUDIT, null, NOV_30, NOV_1, false,
                "clerk", NOW, NOV_30)).hasMessageContaining("ends before it starts");
        assertThatThrownBy(() -> GeneratedReport.order(ReportKind.RECORDS_RESPONSE, " ", NOV_1, NOV_30, false,
                "clerk", NOW, NOV_30)).hasMessageContaining("names its records request");
        assertThatThrownBy(() -> GeneratedReport.order(ReportKind.HOT_LIST_REVIEW, "x", NOV_1, NOV_30, false,
                "clerk", NOW, NOV_30)).hasMessageContaining("leave the subject out");
        assertThat(GeneratedReport.order(ReportKind.CHAIN_OF_CUSTODY, " 0193-hold ", NOV_1, NOV_1, false, "clerk",
                NOW, NOV_30).subject()).isEqualTo("0193-hold");
    }

    @Test
    @DisplayName("a failure keeps its reason, cut to what the register holds")
    void failure() {
        GeneratedReport report = compliance();
        report.start("host/server");
        report.fail("x".repeat(900), NOW);
        assertThat(report.status()).isEqualTo(GeneratedReport.Status.FAILED);
        assertThat(report.message()).hasSize(GeneratedReport.MESSAGE_MAX_LENGTH);
    }

    @Test
    @DisplayName("a report interrupted while running is queued again to be made from the start; a finished one is not")
    void requeued() {
        GeneratedReport report = compliance();
        report.start("host/stopped");
        report.advance(60);
        report.requeue();
        assertThat(report.status()).isEqualTo(GeneratedReport.Status.QUEUED);
        assertThat(report.progress()).isZero();
        report.start("host/stopped");
        report.complete("ab".repeat(32), 3, NOW.plusSeconds(2));
        report.requeue();
        assertThat(report.status()).isEqualTo(GeneratedReport.Status.DONE);
    }
}
