package org.platekeeper.search.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.platekeeper.search.domain.SensitiveLocationKind;

/** A place of protected activity an administrator registers. */
public record NewSensitiveLocation(@NotBlank @Size(max = 120) String name, @NotNull SensitiveLocationKind kind,
                                   @NotNull Double latitude, @NotNull Double longitude,
                                   @NotNull @Min(10) @Max(5000) Integer radiusMeters) {
}
