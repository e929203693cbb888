package org.platekeeper.reads.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Fired for every batch of new reads once they are stored; repeated submissions of a read already stored are
 * not in it. Matching against the hot lists observes it in the same transaction, so a read is never stored unmatched.
 */
public record ReadsCaptured(List<Captured> reads) {

    /** One stored read, as matching needs it. */
    public record Captured(UUID readId, UUID cameraId, String plate, String state, Instant capturedAt,
                           Double latitude, Double longitude) {
    }
}
