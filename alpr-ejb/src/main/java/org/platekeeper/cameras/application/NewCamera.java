package org.platekeeper.cameras.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.platekeeper.cameras.domain.Camera;
import org.platekeeper.cameras.domain.CameraType;

/** What an administrator gives to register a camera. */
public record NewCamera(
        @NotBlank @Size(max = Camera.NAME_MAX_LENGTH) String name,
        @NotNull CameraType type,
        @Size(max = Camera.LOCATION_MAX_LENGTH) String location,
        Double latitude,
        Double longitude,
        @Size(max = 120) String vehicle) {
}
