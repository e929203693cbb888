package org.platekeeper.reads.application;

import java.util.List;
import java.util.UUID;

/**
 * The answer to an ingest: the id of every read in the order sent, how many of them had been stored before (a
 * camera sending a read again gets its first id back), and the images that were dropped because they were
 * damaged, not JPEG or too large, while their reads were stored and matched all the same.
 */
public record IngestReceipt(List<UUID> ids, int duplicates, List<DroppedImage> droppedImages) {

    public IngestReceipt(List<UUID> ids, int duplicates) {
        this(ids, duplicates, List.of());
    }

    /** An image left out of a read: which read of the batch (from 0), which field, and why. */
    public record DroppedImage(int read, String field, String reason) {
    }
}
