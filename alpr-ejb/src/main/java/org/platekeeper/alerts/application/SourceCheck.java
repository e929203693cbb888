package org.platekeeper.alerts.application;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.platekeeper.alerts.domain.VerificationSource;

/**
 * OD-V2: where and when the hit was checked, and whether the entry is still valid there.
 *
 * @param verifiedAt when the check was made; now if not given
 */
public record SourceCheck(@NotNull VerificationSource source, OffsetDateTime verifiedAt,
                          @NotNull Boolean stillValid, @Size(max = 500) String note) {
}
