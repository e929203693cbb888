package org.platekeeper.sharing.application;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.platekeeper.sharing.domain.LegalRelease;
import org.platekeeper.sharing.domain.ReleaseBasis;

/** A release required by law as it is entered: the reads of an active legal hold, to whom, on what grounds. */
public record NewRelease(
        @NotNull UUID holdId,
        @NotBlank @Size(max = LegalRelease.RECIPIENT_MAX_LENGTH) String recipient,
        @NotNull ReleaseBasis basis,
        @NotBlank @Size(max = LegalRelease.DOCUMENT_REFERENCE_MAX_LENGTH) String documentReference,
        @NotBlank @Size(max = LegalRelease.DESCRIPTION_MAX_LENGTH) String description) {
}
