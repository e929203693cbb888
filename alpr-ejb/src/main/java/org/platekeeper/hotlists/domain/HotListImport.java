package org.platekeeper.hotlists.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.platekeeper.shared.domain.TimeOrderedId;

/** One import of a file into a list, with its progress while it runs and its report when it ends. */
@Entity
@Table(name = "hot_list_import")
public class HotListImport {

    public enum Status { RUNNING, COMPLETED, FAILED }

    @Id
    private UUID id;

    @Column(name = "list_id", nullable = false, updatable = false)
    private UUID listId;

    @Enumerated(EnumType.STRING)
    @Column(name = "format", nullable = false, updatable = false)
    private HotListFileFormat format;

    @Column(name = "file_name", updatable = false, length = 200)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status;

    @Column(name = "generation", nullable = false, updatable = false)
    private int generation;

    @Column(name = "file_bytes", nullable = false, updatable = false)
    private long fileBytes;

    @Column(name = "bytes_read", nullable = false)
    private long bytesRead;

    @Column(name = "lines_read", nullable = false)
    private int linesRead;

    @Column(name = "accepted", nullable = false)
    private int accepted;

    @Column(name = "rejected", nullable = false)
    private int rejected;

    @Column(name = "rejections")
    private String rejections;

    @Column(name = "message", length = 500)
    private String message;

    @Column(name = "started_by", nullable = false, updatable = false)
    private String startedBy;

    /** The server running it, so that after a crash that server takes it up and no other does. */
    @Column(name = "server", length = 200)
    private String server;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected HotListImport() {
    }

    public static HotListImport start(HotList list, HotListFileFormat format, String fileName, long fileBytes,
                                      String startedBy, Instant now) {
        HotListImport started = new HotListImport();
        started.id = TimeOrderedId.at(now);
        started.listId = list.id();
        started.format = format;
        started.fileName = fileName == null || fileName.isBlank() ? null
                : fileName.strip().substring(0, Math.min(200, fileName.strip().length()));
        started.fileBytes = fileBytes;
        started.status = Status.RUNNING;
        started.generation = list.nextGeneration();
        started.startedBy = startedBy;
        started.startedAt = now;
        return started;
    }

    public void complete(int lines, int acceptedLines, int rejectedLines, String rejectionReport, Instant now) {
        count(lines, acceptedLines, rejectedLines);
        bytesRead = fileBytes;
        rejections = rejectionReport;
        status = Status.COMPLETED;
        finishedAt = now;
    }

    public void fail(String why, String rejectionReport, Instant now) {
        rejections = rejectionReport;
        status = Status.FAILED;
        message = why == null ? "the import failed" : why.substring(0, Math.min(500, why.length()));
        finishedAt = now;
    }

    public void count(int lines, int acceptedLines, int rejectedLines) {
        linesRead = lines;
        accepted = acceptedLines;
        rejected = rejectedLines;
    }

    public UUID id() {
        return id;
    }

    public UUID listId() {
        return listId;
    }

    public HotListFileFormat format() {
        return format;
    }

    public String fileName() {
        return fileName;
    }

    public Status status() {
        return status;
    }

    public int generation() {
        return generation;
    }

    /** How much of the file has been read, 0 to 100. */
    public int percentDone() {
        if (status == Status.COMPLETED) {
            return 100;
        }
        return fileBytes == 0 ? 0 : (int) Math.min(99, bytesRead * 100 / fileBytes);
    }

    public long fileBytes() {
        return fileBytes;
    }

    public int linesRead() {
        return linesRead;
    }

    public int accepted() {
        return accepted;
    }

    public int rejected() {
        return rejected;
    }

    public String rejections() {
        return rejections;
    }

    public String message() {
        return message;
    }

    public String startedBy() {
        return startedBy;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    /** Which server runs it (its host and Liberty server name). */
    public void runOn(String serverName) {
        server = serverName;
    }
}
