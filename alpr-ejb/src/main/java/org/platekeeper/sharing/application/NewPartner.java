package org.platekeeper.sharing.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.platekeeper.sharing.domain.AgencyType;
import org.platekeeper.sharing.domain.Ori;
import org.platekeeper.sharing.domain.PartnerAgency;

/** What an administrator gives to register a partner agency. */
public record NewPartner(
        @NotBlank @Size(max = PartnerAgency.NAME_MAX_LENGTH) String name,
        @NotBlank @Size(min = Ori.LENGTH, max = Ori.LENGTH) String ori,
        @NotNull AgencyType type,
        @NotBlank @Size(min = 2, max = 2) String state,
        boolean federal,
        @NotBlank @Size(max = PartnerAgency.CONTACT_MAX_LENGTH) String contact) {
}
