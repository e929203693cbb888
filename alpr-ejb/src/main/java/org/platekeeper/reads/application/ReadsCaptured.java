package org.platekeeper.reads.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Fired for every batch of new reads once they are stored; repeated submissions of a read already stored are
 * not in it. Matching against the hot lists observes it after the commit.
 */
public record ReadsCaptured(List<Captured> reads) {

    /** One stored read, as matching needs it. */
    public record Captured(UUID readId, UUID cameraId, String plate, String state, Instant capturedAt,
                           Double latitude, Double longitude) {
    }
}
