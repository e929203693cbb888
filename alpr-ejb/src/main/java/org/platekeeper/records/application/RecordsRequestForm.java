package org.platekeeper.records.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.platekeeper.records.domain.RecordsRequest;

/** A public-records request as the public form or a clerk gives it. */
public record RecordsRequestForm(
        @NotBlank @Size(max = RecordsRequest.REQUESTER_MAX_LENGTH) String name,
        @NotBlank @Size(max = RecordsRequest.CONTACT_MAX_LENGTH) String contact,
        @NotBlank @Size(max = RecordsRequest.REQUEST_MAX_LENGTH) String request) {
}
