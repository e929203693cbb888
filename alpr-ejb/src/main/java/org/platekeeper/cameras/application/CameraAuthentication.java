package org.platekeeper.cameras.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.platekeeper.cameras.domain.Camera;
import org.platekeeper.cameras.domain.CameraRepository;
import org.platekeeper.cameras.domain.IngestToken;

/**
 * Recognises a camera by its ingest token (OD-P3). A token of a revoked camera is refused and counted on that
 * camera; a token nobody issued is refused (and counted by the caller, there being no camera to count it on).
 */
@Stateless
@PermitAll
public class CameraAuthentication {

    /** The principal name prefix of a signed-in camera. */
    public static final String PRINCIPAL_PREFIX = "camera:";

    @Inject
    CameraRepository cameras;

    @Inject
    Clock clock;

    /** The camera's principal name, if the token belongs to an active camera. */
    public Optional<String> authenticate(String token) {
        Optional<Camera> found = cameras.findByTokenHash(IngestToken.hashOf(token));
        found.filter(c -> !c.acceptsReads()).ifPresent(Camera::recordRefusedRead);
        return found.filter(Camera::acceptsReads).map(c -> {
            c.recordSeen(Instant.now(clock));
            return PRINCIPAL_PREFIX + c.id();
        });
    }

    public static Optional<UUID> cameraId(String principalName) {
        if (principalName == null || !principalName.startsWith(PRINCIPAL_PREFIX)) {
            return Optional.empty();
        }
        return Optional.of(UUID.fromString(principalName.substring(PRINCIPAL_PREFIX.length())));
    }
}
