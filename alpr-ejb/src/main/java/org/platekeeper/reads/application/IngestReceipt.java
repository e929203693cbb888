package org.platekeeper.reads.application;

import java.util.List;
import java.util.UUID;

/**
 * The answer to an ingest: the id of every read in the order sent, and how many of them had been stored before
 * (a camera sending a read again gets its first id back).
 */
public record IngestReceipt(List<UUID> ids, int duplicates) {
}
