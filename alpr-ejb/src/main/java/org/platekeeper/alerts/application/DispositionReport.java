package org.platekeeper.alerts.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.platekeeper.alerts.domain.Disposition;

/** OD-V4: how the alert ended, told in a narrative. */
public record DispositionReport(@NotNull Disposition disposition, @NotBlank @Size(max = 2000) String narrative) {
}
