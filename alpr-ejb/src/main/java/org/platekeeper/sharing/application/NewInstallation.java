package org.platekeeper.sharing.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.platekeeper.sharing.domain.FederatedInstallation;
import org.platekeeper.sharing.domain.Ori;
import org.platekeeper.sharing.domain.PartnerAgency;

/** A partner installation as an administrator enters it: its agency, its address and the credential it issued us. */
public record NewInstallation(
        @NotBlank @Size(max = PartnerAgency.NAME_MAX_LENGTH) String name,
        @NotBlank @Size(min = Ori.LENGTH, max = Ori.LENGTH) String ori,
        @NotBlank @Size(max = FederatedInstallation.BASE_URL_MAX_LENGTH) String baseUrl,
        @NotBlank @Size(max = FederatedInstallation.CREDENTIAL_MAX_LENGTH) String credential) {

    @Override
    public String toString() {
        return "NewInstallation[" + name + ", " + ori + ", " + baseUrl + ", credential …]"; // never the credential
    }
}
