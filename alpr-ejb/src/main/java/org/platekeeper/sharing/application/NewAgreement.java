package org.platekeeper.sharing.application;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.platekeeper.search.domain.PurposeCode;
import org.platekeeper.sharing.domain.SharingAgreement;
import org.platekeeper.sharing.domain.SharingScope;

/**
 * What an administrator proposes; a supervisor approves it before it is in force. {@code callbackUrl} is where hits on
 * the partner's entries are pushed (required with the RECEIVE_ALERTS scope).
 */
public record NewAgreement(
        @NotNull UUID partnerId,
        @NotEmpty Set<SharingScope> scopes,
        @NotEmpty Set<PurposeCode> purposes,
        @Min(1) int maxAgeDays,
        boolean imagesIncluded,
        @Min(1) @Max(SharingAgreement.MAX_RESULTS_LIMIT) int maxResults,
        @Min(1) @Max(SharingAgreement.MAX_QUERIES_PER_DAY_LIMIT) int maxQueriesPerDay,
        @NotNull LocalDate validFrom,
        @NotNull LocalDate validUntil,
        @NotBlank @Size(max = SharingAgreement.DOCUMENT_REFERENCE_MAX_LENGTH) String documentReference,
        @Size(max = SharingAgreement.CALLBACK_URL_MAX_LENGTH) String callbackUrl) {

    SharingAgreement.Terms terms() {
        return new SharingAgreement.Terms(scopes, purposes, maxAgeDays, imagesIncluded, maxResults, maxQueriesPerDay,
                validFrom, validUntil, documentReference, callbackUrl);
    }
}
