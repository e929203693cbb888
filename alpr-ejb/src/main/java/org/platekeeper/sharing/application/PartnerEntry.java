package org.platekeeper.sharing.application;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.platekeeper.hotlists.domain.HotListKind;

/** A hot-list entry a partner agency sends under its agreement: its case number and reason travel with it. */
public record PartnerEntry(
        @NotBlank @Size(max = 16) String plate,
        @Size(min = 2, max = 2) String state,
        @NotNull HotListKind kind,
        @NotBlank @Size(max = 64) String caseNumber,
        @NotBlank @Size(max = 500) String reason,
        LocalDate expiresOn) {
}
