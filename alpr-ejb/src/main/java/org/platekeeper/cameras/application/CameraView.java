package org.platekeeper.cameras.application;

import java.time.Instant;
import java.util.UUID;

import org.platekeeper.cameras.domain.Camera;
import org.platekeeper.cameras.domain.CameraType;

/** A camera as the console and the API show it; never its token. */
public record CameraView(UUID id, String name, CameraType type, String location, Double latitude, Double longitude,
                         String vehicle, Camera.Status status, long refusedReads, long droppedImages,
                         Instant lastSeenAt, Instant tokenIssuedAt, Instant createdAt) {

    static CameraView of(Camera c) {
        return new CameraView(c.id(), c.name(), c.type(), c.location(), c.latitude(), c.longitude(), c.vehicle(),
                c.status(), c.refusedReads(), c.droppedImages(), c.lastSeenAt(), c.tokenIssuedAt(), c.createdAt());
    }
}
