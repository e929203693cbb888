package org.platekeeper.hotlists.application;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.platekeeper.hotlists.domain.HotListKind;

/**
 * An officer's request for a custom entry (OD-H1): the reason is mandatory (OD-H3), and at least one of case
 * number, CAD event or purpose ties it to police business (OD-H2).
 *
 * @param plate     full or partial ({@code ?} one unknown character, {@code *} any run)
 * @param purpose   one of the policy's purpose codes ({@code STOLEN_VEHICLE}, {@code AMBER_ALERT}, …)
 * @param expiresOn optional last day the entry is needed
 */
public record EntryRequest(@NotBlank @Size(max = 16) String plate, @Size(max = 2) String state,
                           @NotNull HotListKind kind, @NotBlank @Size(max = 500) String reason,
                           @Size(max = 64) String caseNumber, @Size(max = 64) String cadEvent,
                           @Size(max = 32) String purpose, @Size(max = 120) String vehicle, LocalDate expiresOn) {
}
