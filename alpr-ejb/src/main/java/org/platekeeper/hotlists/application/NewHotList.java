package org.platekeeper.hotlists.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.platekeeper.hotlists.domain.HotListKind;
import org.platekeeper.hotlists.domain.HotListSource;

/** A list to be filled by file imports. */
public record NewHotList(@NotBlank @Size(max = 120) String name, @NotNull HotListKind kind,
                         @NotNull HotListSource source) {
}
