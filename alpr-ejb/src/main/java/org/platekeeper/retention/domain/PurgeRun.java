package org.platekeeper.retention.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.platekeeper.shared.domain.TimeOrderedId;

/**
 * One purge and its certificate: the cut-off, what was deleted per day, what holds kept, how long it took, and a
 * SHA-256 digest over all of it that the audit trail repeats, so the certificate cannot be altered unnoticed.
 */
@Entity
@Table(name = "purge_run")
public class PurgeRun {

    /** A line of {@link DayPurged#line()}, read back. */
    private static final Pattern DAY_LINE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}): (\\d+) reads and (\\d+) images"
            + " deleted, (\\d+) alerts deleted, (\\d+) reads moved.*?( \\(partition dropped\\))?$", Pattern.MULTILINE);

    public enum Trigger { SCHEDULED, MANUAL }

    public enum Status { RUNNING, COMPLETED, FAILED }

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger", nullable = false, updatable = false)
    private Trigger trigger;

    @Column(name = "started_by", nullable = false, updatable = false)
    private String startedBy;

    /** The server running it, so that after a crash that server takes it up and no other does. */
    @Column(name = "server", length = 200)
    private String server;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "cutoff", nullable = false, updatable = false)
    private Instant cutoff;

    @Column(name = "retention_days", nullable = false, updatable = false)
    private int retentionDays;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status;

    @Column(name = "reads_deleted", nullable = false)
    private long readsDeleted;

    @Column(name = "images_deleted", nullable = false)
    private long imagesDeleted;

    @Column(name = "alerts_deleted", nullable = false)
    private long alertsDeleted;

    @Column(name = "reads_retained", nullable = false)
    private long readsRetained;

    @Column(name = "days")
    private String days;

    /** What the purge removed besides reads: plate data of audit events, searches, disclosures; old audit events. */
    @Column(name = "personal_data")
    private String personalData;

    @Column(name = "missed_runs", length = 500)
    private String missedRuns;

    @Column(name = "message", length = 2000)
    private String message;

    @Column(name = "digest", length = 64)
    private String digest;

    protected PurgeRun() {
    }

    public static PurgeRun start(Trigger trigger, String startedBy, Instant cutoff, int retentionDays,
                                 String missedRuns, Instant now) {
        PurgeRun run = new PurgeRun();
        run.id = TimeOrderedId.at(now);
        run.trigger = trigger;
        run.startedBy = startedBy;
        run.startedAt = stored(now);
        run.cutoff = stored(cutoff);
        run.retentionDays = retentionDays;
        run.missedRuns = missedRuns;
        run.status = Status.RUNNING;
        run.days = "";
        return run;
    }

    /** Adds one day's purge, committed on its own. */
    public void dayPurged(DayPurged day) {
        readsDeleted += day.readsDeleted();
        imagesDeleted += day.imagesDeleted();
        alertsDeleted += day.alertsDeleted();
        readsRetained += day.readsRetained();
        days = days + day.line() + "\n";
    }

    public void retainedStorePurged(long reads, long images) {
        readsDeleted += reads;
        imagesDeleted += images;
        if (reads > 0) {
            days = days + "retained store: " + reads + " reads no longer held deleted\n";
        }
    }

    /** Records what plate data the run removed outside the reads, and the audit events it purged, if any. */
    public void plateDataRemoved(long auditEvents, long searches, long disclosures, long deliveries,
                                 String auditPurge) {
        personalData = "Plate data removed past retention: " + auditEvents + " audit events, " + searches
                + " searches, " + disclosures + " disclosures, " + deliveries + " partner deliveries\n"
                + (auditPurge == null ? "" : auditPurge + "\n");
    }

    public void complete(Instant now) {
        status = Status.COMPLETED;
        finishedAt = stored(now);
        digest = sha256(certificate());
    }

    /** Which server runs it (its host and Liberty server name). */
    public void runOn(String serverName) {
        server = serverName;
    }

    public void fail(String why, Instant now) {
        status = Status.FAILED;
        finishedAt = stored(now);
        message = why == null ? "the purge failed" : why.substring(0, Math.min(2000, why.length()));
        digest = sha256(certificate());
    }

    /** The certificate's text, the thing the digest is computed over. */
    public String certificate() {
        StringBuilder c = new StringBuilder();
        c.append("Purge certificate ").append(id).append('\n');
        c.append("Status: ").append(status).append('\n');
        c.append("Trigger: ").append(trigger).append(" by ").append(startedBy).append('\n');
        c.append("Retention: ").append(retentionDays).append(" calendar days; cut-off ").append(cutoff).append('\n');
        c.append("Started: ").append(startedAt).append("; finished: ").append(finishedAt);
        if (finishedAt != null) {
            c.append(" (").append(Duration.between(startedAt, finishedAt).toMillis()).append(" ms)");
        }
        c.append('\n');
        if (missedRuns != null) {
            c.append("Caught up: ").append(missedRuns).append('\n');
        }
        c.append("Days:\n").append(days == null || days.isEmpty() ? "(none past retention)\n" : days);
        c.append("Reads deleted: ").append(readsDeleted).append("; images deleted: ").append(imagesDeleted)
                .append("; alerts deleted: ").append(alertsDeleted).append('\n');
        c.append("Reads retained under legal hold: ").append(readsRetained).append('\n');
        if (personalData != null) {
            c.append(personalData);
        }
        if (message != null) {
            c.append("Failure: ").append(message).append('\n');
        }
        return c.toString();
    }

    /** Times as the database keeps them, to the microsecond: the digest must match the certificate read back. */
    private static Instant stored(Instant instant) {
        return instant.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The days purged as the certificate lists them: day, reads deleted, reads moved under hold. */
    public List<DayPurged> daysPurged() {
        List<DayPurged> purged = new ArrayList<>();
        Matcher line = DAY_LINE.matcher(days == null ? "" : days);
        while (line.find()) {
            purged.add(new DayPurged(LocalDate.parse(line.group(1)), Long.parseLong(line.group(2)),
                    Long.parseLong(line.group(3)), Long.parseLong(line.group(4)), Long.parseLong(line.group(5)),
                    line.group(6) != null));
        }
        return purged;
    }

    public boolean verifies() {
        return digest != null && digest.equals(sha256(certificate()));
    }

    public UUID id() { return id; }
    public Trigger trigger() { return trigger; }
    public String startedBy() { return startedBy; }
    public Instant startedAt() { return startedAt; }
    public Instant finishedAt() { return finishedAt; }
    public Instant cutoff() { return cutoff; }
    public int retentionDays() { return retentionDays; }
    public Status status() { return status; }
    public long readsDeleted() { return readsDeleted; }
    public long imagesDeleted() { return imagesDeleted; }
    public long alertsDeleted() { return alertsDeleted; }
    public long readsRetained() { return readsRetained; }
    public String missedRuns() { return missedRuns; }
    public String message() { return message; }
    public String digest() { return digest; }
    public String personalData() { return personalData; }
}
