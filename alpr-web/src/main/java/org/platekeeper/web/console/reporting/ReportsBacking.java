package org.platekeeper.web.console.reporting;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.platekeeper.policy.domain.PolicyProfile;
import org.platekeeper.reporting.application.GeneratedReportView;
import org.platekeeper.reporting.application.ReportOrder;
import org.platekeeper.reporting.application.Reports;
import org.platekeeper.reporting.domain.GeneratedReport;
import org.platekeeper.reporting.domain.ReportKind;
import org.platekeeper.web.console.shell.ConsoleActions;

/**
 * The reports page: order a report for a period, watch it being made (the page polls while any is in progress, so
 * it never blocks), download it as PDF or CSV.
 */
@Named
@ViewScoped
public class ReportsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Reports reports;

    @Inject
    transient PolicyProfile policy;

    @Inject
    transient Clock clock;

    private List<GeneratedReportView> recent;
    private ReportKind kind = ReportKind.COMPLIANCE_AUDIT;
    private LocalDate from;
    private LocalDate to;
    private String subject;

    @PostConstruct
    void load() {
        LocalDate today = policy.today(clock);
        from = today.withDayOfMonth(1).minusMonths(1);
        to = from.plusMonths(1).minusDays(1);
        refresh();
    }

    public void refresh() {
        recent = reports.recent();
    }

    public void order() {
        GeneratedReportView ordered = ConsoleActions.perform(() -> reports.order(new ReportOrder(kind, from, to,
                subject)), "Report ordered: it is ready below in a moment");
        if (ordered != null) {
            subject = null;
            refresh();
        }
    }

    /** Whether any report is still queued or running: the page polls only then. */
    public boolean isWorking() {
        return recent.stream().anyMatch(r -> r.status() == GeneratedReport.Status.QUEUED
                || r.status() == GeneratedReport.Status.RUNNING);
    }

    public List<ReportKind> getKinds() {
        return Arrays.asList(ReportKind.values());
    }

    /** COMPLIANCE_AUDIT as "Compliance audit". */
    public String label(ReportKind value) {
        String words = value.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public String subjectHint(ReportKind value) {
        return switch (value.subject()) {
            case RECORDS_REQUEST -> "the records request's id (from the register)";
            case PURGE -> "the purge's id (from Purges)";
            case LEGAL_HOLD -> "the legal hold's id (from Legal holds)";
            case NONE -> "";
        };
    }

    public List<GeneratedReportView> getRecent() {
        return recent;
    }

    public ReportKind getKind() {
        return kind;
    }

    public void setKind(ReportKind kind) {
        this.kind = kind;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }
}
