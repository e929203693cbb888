package org.platekeeper.web.api.retention;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.platekeeper.retention.application.HoldRequest;
import org.platekeeper.retention.application.HoldView;
import org.platekeeper.retention.application.LegalHolds;
import org.platekeeper.shared.domain.Role;
import org.platekeeper.web.api.shared.DecisionNote;
import org.platekeeper.web.api.shared.FormBody;

/** Legal holds (PC-C2, OD-R6) and their evidence packages (PC-C3). */
@Path("/v1/holds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Retention")
public class LegalHoldResource {

    @Inject
    LegalHolds holds;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.SUPERVISOR})
    @Operation(summary = "Request a hold on reads, chosen by id or as a search's results (INVESTIGATOR, SUPERVISOR)")
    public Response request(@NotNull @Valid HoldRequest request) {
        HoldView hold = holds.request(request);
        return Response.created(URI.create("/api/v1/holds/" + hold.id())).entity(hold).build();
    }

    @GET
    public List<HoldView> holds() {
        return holds.holds();
    }

    @GET
    @Path("/{id}")
    public HoldView hold(@PathParam("id") UUID id) {
        return holds.hold(id);
    }

    @POST
    @Path("/{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.SUPERVISOR)
    @Operation(summary = "Approve a hold (SUPERVISOR other than the requester)")
    public HoldView approve(@PathParam("id") UUID id, @Valid DecisionNote decision) {
        return holds.approve(id, decision == null ? null : decision.note());
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.SUPERVISOR)
    public HoldView reject(@PathParam("id") UUID id, @Valid DecisionNote decision) {
        return holds.reject(id, decision == null ? null : decision.note());
    }

    @POST
    @Path("/{id}/release")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.SUPERVISOR)
    @Operation(summary = "Release a hold (SUPERVISOR): its reads are purged at the next run if past retention")
    public HoldView release(@PathParam("id") UUID id, @Valid DecisionNote decision) {
        return holds.release(id, decision == null ? null : decision.note());
    }

    @GET
    @Path("/{id}/evidence")
    @Produces({"application/zip", MediaType.APPLICATION_JSON})
    @Operation(summary = "The evidence package: images, metadata (JSON, CSV), chain of custody, SHA-256 manifest")
    public Response evidence(@PathParam("id") UUID id, @QueryParam("recipient") String recipient) {
        return evidence(id, recipient, null);
    }

    @POST
    @Path("/{id}/evidence")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    // of these, the case team only: the service checks who asked for the hold and who searched under its case
    @RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.SUPERVISOR})
    @Produces({"application/zip", MediaType.APPLICATION_JSON})
    @Operation(summary = "The evidence package, encrypted with AES-256 under a passphrase when one is given (SC-28); "
            + "a form post, so the passphrase stays out of addresses and logs")
    public Response encryptedEvidence(@PathParam("id") UUID id, String form) {
        // read here, not by the container: its form reader fails on a malformed escape as an error of the server's
        FormBody fields = FormBody.of(form);
        return evidence(id, fields.field("recipient").orElse(null),
                fields.field("passphrase").map(String::toCharArray).orElse(null));
    }

    private Response evidence(UUID id, String recipient, char[] passphrase) {
        String fileName = holds.evidenceFileName(id, recipient, passphrase);
        StreamingOutput zip = out -> holds.writeEvidence(id, recipient, passphrase, out);
        return Response.ok(zip, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
