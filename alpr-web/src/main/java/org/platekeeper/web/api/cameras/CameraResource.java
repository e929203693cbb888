package org.platekeeper.web.api.cameras;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.platekeeper.cameras.application.CameraRegistry;
import org.platekeeper.cameras.application.CameraView;
import org.platekeeper.cameras.application.CameraWithToken;
import org.platekeeper.cameras.application.Deployment;
import org.platekeeper.cameras.application.NewCamera;
import org.platekeeper.shared.domain.Role;

/** The camera registry (ADMINISTRATOR). */
@Path("/v1/cameras")
@RolesAllowed(Role.Names.ADMINISTRATOR)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cameras")
public class CameraResource {

    @Inject
    CameraRegistry registry;

    @GET
    public List<CameraView> cameras() {
        return registry.cameras();
    }

    @GET
    @Path("/{id}")
    public CameraView camera(@PathParam("id") UUID id) {
        return registry.camera(id);
    }

    @POST
    @Operation(summary = "Register a camera; the answer holds its ingest token, shown this once only")
    public Response register(@NotNull @Valid NewCamera camera) {
        CameraWithToken registered = registry.register(camera);
        return Response.created(URI.create("/api/v1/cameras/" + registered.camera().id())).entity(registered)
                .build();
    }

    @POST
    @Path("/{id}/token")
    @Operation(summary = "Issue a new ingest token; the old one stops working")
    public CameraWithToken rotateToken(@PathParam("id") UUID id) {
        return registry.rotateToken(id);
    }

    @POST
    @Path("/{id}/revoke")
    @Operation(summary = "Refuse every further read from this camera")
    public CameraView revoke(@PathParam("id") UUID id) {
        return registry.revoke(id);
    }

    @POST
    @Path("/{id}/deployments")
    @Operation(summary = "Record where a portable camera has been set up")
    public CameraView deploy(@PathParam("id") UUID id, @NotNull @Valid Deployment deployment) {
        return registry.deploy(id, deployment);
    }

    @GET
    @Path("/{id}/deployments")
    public List<CameraRegistry.DeploymentView> deployments(@PathParam("id") UUID id) {
        return registry.deployments(id);
    }
}
