package org.platekeeper.search.domain;

import java.time.Instant;
import java.util.UUID;

/** A read a search found, with its camera and which images it has. */
public record FoundRead(UUID id, String plate, String plateAsRead, String state, Instant capturedAt, UUID cameraId,
                        String cameraName, Double latitude, Double longitude, Float confidence, String vehicleMake,
                        String vehicleColour, String vehicleBodyType, boolean plateImage, boolean vehicleImage) {
}
