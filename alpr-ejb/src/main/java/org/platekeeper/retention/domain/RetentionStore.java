package org.platekeeper.retention.domain;

import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The SQL side of retention: day partitions, the retained store, and reading held reads for evidence. */
public interface RetentionStore {

    /** UTC capture days that have reads before the cut-off, oldest first. */
    List<LocalDate> daysBefore(Instant cutoff);

    /**
     * Purges one day in the caller's transaction: reads under a hold move to the retained store, alerts of the other
     * reads go, then the day's partition is dropped (or, for the day the cut-off falls in, its earlier reads
     * deleted).
     *
     * @param beforeDrop called after the held reads have moved and before anything is deleted
     */
    DayPurged purgeDay(LocalDate day, Instant cutoff, Runnable beforeDrop);

    /** Deletes reads in the retained store that no hold protects any more and that are past retention. */
    long[] purgeReleased(Instant cutoff);

    /**
     * Removes the plates, places and free text of searches, disclosures and partner deliveries made before
     * {@code cutoff} (PC-C1, PC-G1): the records stay, what they named goes. Returns the three counts.
     */
    long[] removePlateData(Instant cutoff);

    /** Whether each read is still kept, with its capture time; missing reads are left out. */
    List<HeldRead> keptReads(List<UUID> readIds);

    void hold(UUID holdId, List<HeldRead> reads);

    List<HeldRead> readsOf(UUID holdId);

    /** Writes the metadata of the reads as JSON or CSV and answers nothing; images are fetched one by one. */
    void writeMetadata(List<UUID> readIds, boolean csv, OutputStream out);

    byte[] image(UUID readId, Instant capturedAt, String kind);

    /** A read under a hold and when it was captured. */
    record HeldRead(UUID readId, Instant capturedAt) {
    }
}
