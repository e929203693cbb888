package org.platekeeper.sharing.application;

import java.time.Instant;
import java.util.UUID;

import org.platekeeper.sharing.domain.FederatedInstallation;

/** A partner installation as the console and the API show it: never its credential. */
public record InstallationView(UUID id, String name, String ori, String baseUrl, boolean enabled, String createdBy,
                               Instant createdAt) {

    static InstallationView of(FederatedInstallation f) {
        return new InstallationView(f.id(), f.name(), f.ori(), f.baseUrl(), f.enabled(), f.createdBy(),
                f.createdAt());
    }
}
