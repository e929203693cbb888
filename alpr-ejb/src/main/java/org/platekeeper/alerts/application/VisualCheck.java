package org.platekeeper.alerts.application;

import jakarta.validation.constraints.NotNull;

/**
 * OD-V1: the officer's comparison of the plate image with the entry, characters and state answered separately.
 * Either one false records the alert as a misread.
 */
public record VisualCheck(@NotNull Boolean charactersMatch, @NotNull Boolean stateMatch) {
}
