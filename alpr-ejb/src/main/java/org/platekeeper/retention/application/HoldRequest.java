package org.platekeeper.retention.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.platekeeper.retention.domain.LegalBasis;

/**
 * A legal hold as an investigator requests it: the reads chosen one by one ({@code readIds}), or all the reads one
 * of their searches finds ({@code searchId}), or both.
 */
public record HoldRequest(@NotBlank @Size(max = 64) String caseNumber, @NotNull LegalBasis legalBasis,
                          @NotBlank @Size(max = 2000) String description, @NotNull LocalDate reviewDate,
                          @Size(max = 10_000) List<UUID> readIds, UUID searchId) {
}
