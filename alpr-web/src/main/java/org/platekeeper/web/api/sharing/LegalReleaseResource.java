package org.platekeeper.web.api.sharing;

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
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.platekeeper.shared.domain.Role;
import org.platekeeper.sharing.application.LegalReleases;
import org.platekeeper.sharing.application.NewRelease;
import org.platekeeper.sharing.application.ReleaseView;
import org.platekeeper.web.api.shared.DecisionNote;
import org.platekeeper.web.api.shared.FormBody;

/** Releases required by law (PC-C4): entered, approved by another supervisor, produced as a package. */
@Path("/v1/releases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sharing")
public class LegalReleaseResource {

    @Inject
    LegalReleases releases;

    @GET
    public List<ReleaseView> releases() {
        return releases.releases();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.RECORDS_CLERK, Role.Names.INVESTIGATOR, Role.Names.SUPERVISOR})
    @Operation(summary = "Enter a subpoena, court order or discovery request for the reads of an active legal hold "
            + "(RECORDS_CLERK, INVESTIGATOR, SUPERVISOR)")
    public Response request(@NotNull @Valid NewRelease release) {
        ReleaseView entered = releases.request(release);
        return Response.created(URI.create("/api/v1/releases/" + entered.id())).entity(entered).build();
    }

    @POST
    @Path("/{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.SUPERVISOR)
    @Operation(summary = "Approve a release (SUPERVISOR other than the person who entered it)")
    public ReleaseView approve(@PathParam("id") UUID id, @Valid DecisionNote decision) {
        return releases.approve(id, decision == null ? null : decision.note());
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.SUPERVISOR)
    @Operation(summary = "Reject a release, saying why (SUPERVISOR)")
    public ReleaseView reject(@PathParam("id") UUID id, @Valid DecisionNote decision) {
        return releases.reject(id, decision == null ? null : decision.note());
    }

    @GET
    @Path("/{id}/package")
    @Produces({"application/zip", MediaType.APPLICATION_JSON})
    @Operation(summary = "The release package: the evidence format with a release sheet; each download is a "
            + "dissemination")
    public Response releasePackage(@PathParam("id") UUID id) {
        String fileName = releases.packageFileName(id);
        StreamingOutput zip = out -> releases.writePackage(id, out);
        return Response.ok(zip, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("/{id}/package")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({"application/zip", MediaType.APPLICATION_JSON})
    @RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.RECORDS_CLERK, Role.Names.SUPERVISOR})
    @Operation(summary = "The release package, encrypted with AES-256 under a passphrase when one is given (SC-28); "
            + "a form post, so the passphrase stays out of addresses and logs")
    public Response encryptedReleasePackage(@PathParam("id") UUID id, String form) {
        char[] passphrase = FormBody.of(form).field("passphrase").map(String::toCharArray).orElse(null);
        String fileName = releases.packageFileName(id, passphrase);
        StreamingOutput zip = out -> releases.writePackage(id, passphrase, out);
        return Response.ok(zip, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
