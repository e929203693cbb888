package org.platekeeper.cameras.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.platekeeper.audit.domain.AuditOutcome;
import org.platekeeper.audit.domain.AuditableAction;
import org.platekeeper.cameras.domain.Camera;
import org.platekeeper.cameras.domain.CameraDeployment;
import org.platekeeper.cameras.domain.CameraRepository;
import org.platekeeper.cameras.domain.IngestToken;
import org.platekeeper.shared.application.ConflictException;
import org.platekeeper.shared.application.InvalidRequestException;
import org.platekeeper.shared.application.UnknownItemException;
import org.platekeeper.shared.domain.Role;

/** The camera registry, kept by administrators (OD-AD1, OD-P3). Every change is audited. */
@Stateless
@RolesAllowed(Role.Names.ADMINISTRATOR)
public class CameraRegistry {

    @Inject
    CameraRepository cameras;

    @Inject
    Event<AuditableAction> audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    public List<CameraView> cameras() {
        return cameras.all().stream().map(CameraView::of).toList();
    }

    public CameraView camera(UUID id) {
        return CameraView.of(existing(id));
    }

    public CameraWithToken register(@NotNull @Valid NewCamera request) {
        if (cameras.nameTaken(request.name())) {
            throw new ConflictException("a camera named '" + request.name().trim() + "' is already registered");
        }
        Camera.Registration registration;
        try {
            registration = Camera.register(request.name(), request.type(), request.location(), request.latitude(),
                    request.longitude(), request.vehicle(), Instant.now(clock));
        } catch (IllegalArgumentException invalid) {
            throw new InvalidRequestException(invalid.getMessage());
        }
        Camera camera = registration.camera();
        cameras.add(camera);
        if (camera.latitude() != null && camera.type() == org.platekeeper.cameras.domain.CameraType.PORTABLE) {
            cameras.add(new CameraDeployment(camera, camera.createdAt(), caller()));
        }
        changed("CAMERA_REGISTERED", camera, "type=" + camera.type());
        return new CameraWithToken(CameraView.of(camera), registration.token().value());
    }

    /** Issues a new token; the old one is refused from now on. */
    public CameraWithToken rotateToken(UUID id) {
        Camera camera = existing(id);
        IngestToken token = camera.rotateToken(Instant.now(clock));
        changed("CAMERA_TOKEN_ROTATED", camera, null);
        return new CameraWithToken(CameraView.of(camera), token.value());
    }

    public CameraView revoke(UUID id) {
        Camera camera = existing(id);
        camera.revoke();
        changed("CAMERA_REVOKED", camera, null);
        return CameraView.of(camera);
    }

    public CameraView deploy(UUID id, @NotNull @Valid Deployment deployment) {
        Camera camera = existing(id);
        try {
            camera.deployAt(deployment.location(), deployment.latitude(), deployment.longitude());
        } catch (IllegalArgumentException invalid) {
            throw new InvalidRequestException(invalid.getMessage());
        }
        Instant at = deployment.deployedAt() == null ? Instant.now(clock) : deployment.deployedAt();
        cameras.add(new CameraDeployment(camera, at, caller()));
        changed("CAMERA_DEPLOYED", camera, "location=" + camera.location());
        return CameraView.of(camera);
    }

    public List<DeploymentView> deployments(UUID id) {
        return cameras.deployments(existing(id).id()).stream()
                .map(d -> new DeploymentView(d.location(), d.latitude(), d.longitude(), d.deployedAt(),
                        d.recordedBy())).toList();
    }

    /** One past deployment of a portable camera. */
    public record DeploymentView(String location, double latitude, double longitude, Instant deployedAt,
                                 String recordedBy) {
    }

    private Camera existing(UUID id) {
        return cameras.find(id).orElseThrow(() -> new UnknownItemException("camera", String.valueOf(id)));
    }

    private void changed(String action, Camera camera, String details) {
        audit.fire(AuditableAction.of(action, "camera", camera.id() + " (" + camera.name() + ")",
                AuditOutcome.SUCCESS, details));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
