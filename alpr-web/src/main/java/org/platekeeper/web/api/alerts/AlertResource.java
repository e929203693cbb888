package org.platekeeper.web.api.alerts;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.platekeeper.alerts.application.AlertView;
import org.platekeeper.alerts.application.Alerts;
import org.platekeeper.alerts.application.DispositionReport;
import org.platekeeper.alerts.application.SourceCheck;
import org.platekeeper.alerts.application.VisualCheck;
import org.platekeeper.reads.domain.ReadImage;
import org.platekeeper.shared.application.InvalidRequestException;
import org.platekeeper.shared.domain.Role;
import org.platekeeper.web.api.shared.ApiError;

/**
 * Alerts and their verification flow (OD-V1..V4): acknowledge, check by eye, verify with the source, close with
 * a disposition. Each step answers 409 when the one before it has not been taken. New alerts are pushed on the
 * WebSocket {@code /api/v1/alerts/stream}.
 */
@Path("/v1/alerts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Alerts")
public class AlertResource {

    @Inject
    Alerts alerts;

    @GET
    @Operation(summary = "Open alerts, most urgent first; all=true for the latest alerts whatever their state")
    public List<AlertView> alerts(@QueryParam("all") boolean all) {
        return all ? alerts.recent() : alerts.open();
    }

    @GET
    @Path("/{id}")
    public AlertView alert(@PathParam("id") UUID id) {
        return alerts.alert(id);
    }

    @GET
    @Path("/{id}/images/{kind}")
    @Produces({"image/jpeg", MediaType.APPLICATION_JSON})
    @Operation(summary = "The read's plate or vehicle image, to verify the alert by eye")
    public Response image(@PathParam("id") UUID id, @PathParam("kind") String kind) {
        ReadImage.Kind which = ReadImage.Kind.named(kind)
                .orElseThrow(() -> new InvalidRequestException("the image is plate or vehicle"));
        return alerts.image(id, which)
                .map(jpeg -> Response.ok(jpeg, "image/jpeg").header("Cache-Control", "no-store").build())
                .orElseGet(() -> ApiError.response(Response.Status.NOT_FOUND, "not_found",
                        "the camera sent no " + kind + " image with this read"));
    }

    @POST
    @Path("/{id}/acknowledge")
    public AlertView acknowledge(@PathParam("id") UUID id) {
        return alerts.acknowledge(id);
    }

    @POST
    @Path("/{id}/visual-check")
    @RolesAllowed({Role.Names.OFFICER, Role.Names.SUPERVISOR})
    @Operation(summary = "OD-V1: characters and state compared with the image, each answered separately")
    @Consumes(MediaType.APPLICATION_JSON)
    public AlertView visualCheck(@PathParam("id") UUID id, @NotNull @Valid VisualCheck check) {
        return alerts.checkVisually(id, check);
    }

    @POST
    @Path("/{id}/source-check")
    @RolesAllowed({Role.Names.OFFICER, Role.Names.SUPERVISOR})
    @Operation(summary = "OD-V2: how and when the hit was verified with NCIC, MULES, dispatch or the MDT")
    @Consumes(MediaType.APPLICATION_JSON)
    public AlertView sourceCheck(@PathParam("id") UUID id, @NotNull @Valid SourceCheck check) {
        return alerts.verifyWithSource(id, check);
    }

    @POST
    @Path("/{id}/disposition")
    @RolesAllowed({Role.Names.OFFICER, Role.Names.SUPERVISOR})
    @Operation(summary = "OD-V4: the disposition and its narrative close the alert")
    @Consumes(MediaType.APPLICATION_JSON)
    public AlertView disposition(@PathParam("id") UUID id, @NotNull @Valid DispositionReport report) {
        return alerts.dispose(id, report);
    }
}
