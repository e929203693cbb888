package org.platekeeper.reporting.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Generated reports and their files. */
public interface ReportArchive {

    void add(GeneratedReport report);

    /** Adds a scheduled report unless the same one exists already; false when it does. */
    boolean addScheduled(GeneratedReport report);

    Optional<GeneratedReport> find(UUID id);

    /**
     * Reports whose making stopped with the server: running on this server (or on one before servers were
     * recorded), or queued before that instant and never begun by any.
     */
    List<GeneratedReport> interruptedOn(String server, Instant queuedBefore);

    List<GeneratedReport> recent(int max);

    void store(ReportFile file);

    Optional<ReportFile> file(UUID reportId);

    /** Deletes the files of reports kept past {@code today}, marks them expired, and says how many. */
    int expire(LocalDate today);
}
