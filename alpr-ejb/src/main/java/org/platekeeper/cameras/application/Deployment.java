package org.platekeeper.cameras.application;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.platekeeper.cameras.domain.Camera;

/** Where a portable camera has been set up. */
public record Deployment(
        @NotBlank @Size(max = Camera.LOCATION_MAX_LENGTH) String location,
        @NotNull Double latitude,
        @NotNull Double longitude,
        Instant deployedAt) {
}
