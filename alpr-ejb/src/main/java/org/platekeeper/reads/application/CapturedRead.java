package org.platekeeper.reads.application;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One read as a camera sends it. Validation happens when it becomes a {@code PlateRead}, so that each refusal can
 * name the item and the rule it broke.
 *
 * @param capturedAt   ISO-8601 with an offset, e.g. {@code 2026-11-23T14:03:11.250-06:00}
 * @param plateImage   base64 JPEG of the plate crop, optional
 * @param vehicleImage base64 JPEG of the vehicle, optional
 */
public record CapturedRead(String plate, String state, OffsetDateTime capturedAt, Double latitude,
                           Double longitude, Float confidence, List<String> candidates, String plateImage,
                           String vehicleImage, Vehicle vehicle) {

    /** What the camera saw of the vehicle, each optional. */
    public record Vehicle(String make, String colour, String bodyType) {
    }
}
