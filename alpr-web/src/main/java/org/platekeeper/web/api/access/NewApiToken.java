package org.platekeeper.web.api.access;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.platekeeper.access.application.ApiTokens;

/** What a new personal API token is for (its label) and how many days it lasts (90 unless given). */
public record NewApiToken(@NotBlank @Size(max = ApiTokens.LABEL_MAX_LENGTH) String label,
                          @Min(1) @Max(365) Integer lifetimeDays) {
}
