package org.platekeeper.reporting.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.platekeeper.shared.domain.TimeOrderedId;

/**
 * A report ordered by a clerk, an auditor or command staff, or by the monthly timer: queued, generated in the
 * background with its progress shown, then kept with its digest until the profile's time for it runs out.
 */
@Entity
@Table(name = "generated_report")
public class GeneratedReport {

    public static final int SUBJECT_MAX_LENGTH = 64;
    public static final int MESSAGE_MAX_LENGTH = 500;

    public enum Status { QUEUED, RUNNING, DONE, FAILED, EXPIRED }

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private ReportKind kind;

    @Column(name = "subject", updatable = false, length = SUBJECT_MAX_LENGTH)
    private String subject;

    @Column(name = "period_from", nullable = false, updatable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false, updatable = false)
    private LocalDate periodTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status;

    @Column(name = "progress", nullable = false)
    private int progress;

    @Column(name = "scheduled", nullable = false, updatable = false)
    private boolean scheduled;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    /** The server running it, so that after a crash that server takes it up and no other does. */
    @Column(name = "server", length = 200)
    private String server;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "digest", length = 64)
    private String digest;

    @Column(name = "pages")
    private Integer pages;

    @Column(name = "message", length = MESSAGE_MAX_LENGTH)
    private String message;

    @Column(name = "keep_until", nullable = false, updatable = false)
    private LocalDate keepUntil;

    @Version
    private int version;

    protected GeneratedReport() {
    }

    /**
     * A report ordered now.
     *
     * @param keepUntil the last day its files are kept
     */
    public static GeneratedReport order(ReportKind kind, String subject, LocalDate from, LocalDate to,
                                        boolean scheduled, String requestedBy, Instant now, LocalDate keepUntil) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends before it starts (" + from + " to " + to + ")");
        }
        boolean hasSubject = subject != null && !subject.isBlank();
        if (kind.subject() == ReportKind.Subject.NONE && hasSubject) {
            throw new IllegalArgumentException("a " + kind + " report is not about a single item; leave the subject"
                    + " out");
        }
        if (kind.subject() != ReportKind.Subject.NONE && !hasSubject) {
            throw new IllegalArgumentException("a " + kind + " report names its "
                    + kind.subject().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " as subject");
        }
        GeneratedReport report = new GeneratedReport();
        report.id = TimeOrderedId.at(now);
        report.kind = kind;
        report.subject = hasSubject ? subject.strip() : null;
        report.periodFrom = from;
        report.periodTo = to;
        report.status = Status.QUEUED;
        report.scheduled = scheduled;
        report.requestedBy = requestedBy;
        report.requestedAt = now;
        report.keepUntil = keepUntil;
        return report;
    }

    /** Generation begins on that server. */
    public void start(String serverName) {
        if (status != Status.QUEUED) {
            throw new IllegalStateException("report " + id + " is " + status + ", not queued");
        }
        status = Status.RUNNING;
        progress = 5;
        server = serverName;
    }

    /** Its server stopped while making it: it is made again from the start, under the same id. */
    public void requeue() {
        if (status == Status.RUNNING) {
            status = Status.QUEUED;
            progress = 0;
        }
    }

    public void advance(int percent) {
        progress = Math.max(progress, Math.min(percent, 99));
    }

    public void complete(String dataDigest, int pageCount, Instant now) {
        status = Status.DONE;
        progress = 100;
        digest = dataDigest;
        pages = pageCount;
        finishedAt = now;
    }

    public void fail(String why, Instant now) {
        status = Status.FAILED;
        finishedAt = now;
        message = why == null ? "failed" : why.length() > MESSAGE_MAX_LENGTH ? why.substring(0, MESSAGE_MAX_LENGTH)
                : why;
    }

    /** Its files are deleted; the register keeps that it existed and its digest. */
    public void expire() {
        status = Status.EXPIRED;
    }

    public boolean isDownloadable() {
        return status == Status.DONE;
    }

    public UUID id() { return id; }
    public ReportKind kind() { return kind; }
    public String subject() { return subject; }
    public LocalDate periodFrom() { return periodFrom; }
    public LocalDate periodTo() { return periodTo; }
    public Status status() { return status; }
    public int progress() { return progress; }
    public boolean scheduled() { return scheduled; }
    public String requestedBy() { return requestedBy; }
    public Instant requestedAt() { return requestedAt; }
    public Instant finishedAt() { return finishedAt; }
    public String digest() { return digest; }
    public Integer pages() { return pages; }
    public String message() { return message; }
    public LocalDate keepUntil() { return keepUntil; }
}
