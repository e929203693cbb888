package org.platekeeper.reads.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.platekeeper.shared.domain.TimeOrderedId;

/**
 * A read (OD-D1): a plate seen by a camera at a time and place, with its images. Immutable once captured, and
 * without a speed: the system is not a speed-enforcement tool (OD-U2).
 *
 * @param candidates other readings of the same plate the camera considered, best first
 */
public record PlateRead(UUID id, UUID cameraId, PlateNumber plate, String state, Instant capturedAt,
                        Instant receivedAt, Double latitude, Double longitude, Float confidence,
                        List<String> candidates, VehicleDescription vehicle, List<ReadImage> images) {

    public PlateRead {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cameraId, "cameraId");
        Objects.requireNonNull(plate, "plate");
        Objects.requireNonNull(capturedAt, "capturedAt");
        Objects.requireNonNull(receivedAt, "receivedAt");
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
        images = images == null ? List.of() : List.copyOf(images);
        vehicle = vehicle == null ? VehicleDescription.NONE : vehicle;
        if ((latitude == null) != (longitude == null)) {
            throw new IllegalArgumentException("give both latitude and longitude, or neither");
        }
        if (latitude != null && (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180)) {
            throw new IllegalArgumentException("latitude must be within ±90 and longitude within ±180");
        }
        if (confidence != null && (confidence < 0 || confidence > 100)) {
            throw new IllegalArgumentException("confidence must be between 0 and 100");
        }
    }

    /** A read as captured; the time is kept to the microsecond, as the database stores it. */
    public static PlateRead capture(UUID cameraId, PlateNumber plate, String state, Instant capturedAt,
                                    Instant receivedAt, Double latitude, Double longitude, Float confidence,
                                    List<String> candidates, VehicleDescription vehicle, List<ReadImage> images) {
        Instant at = capturedAt.truncatedTo(ChronoUnit.MICROS);
        return new PlateRead(TimeOrderedId.at(at), cameraId, plate, state, at, receivedAt, latitude, longitude,
                confidence, candidates, vehicle, images);
    }

    /** Make, colour and body type as the camera saw them, each optional. */
    public record VehicleDescription(String make, String colour, String bodyType) {
        public static final VehicleDescription NONE = new VehicleDescription(null, null, null);
    }
}
