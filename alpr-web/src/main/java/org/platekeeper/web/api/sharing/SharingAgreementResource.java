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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.platekeeper.shared.domain.Role;
import org.platekeeper.sharing.application.AgreementView;
import org.platekeeper.sharing.application.AgreementWithToken;
import org.platekeeper.sharing.application.NewAgreement;
import org.platekeeper.sharing.application.SharingAgreements;
import org.platekeeper.web.api.shared.DecisionNote;

/** Information-sharing agreements (OD-R3, PC-D1): proposed, approved by another person, suspended, credentialed. */
@Path("/v1/sharing-agreements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sharing")
public class SharingAgreementResource {

    @Inject
    SharingAgreements agreements;

    @GET
    public List<AgreementView> agreements() {
        return agreements.agreements();
    }

    @GET
    @Path("/{id}")
    public AgreementView agreement(@PathParam("id") UUID id) {
        return agreements.agreement(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    @Operation(summary = "Propose an agreement with a partner agency (ADMINISTRATOR); in force once a supervisor "
            + "approves it")
    public Response propose(@NotNull @Valid NewAgreement agreement) {
        AgreementView proposed = agreements.propose(agreement);
        return Response.created(URI.create("/api/v1/sharing-agreements/" + proposed.id())).entity(proposed).build();
    }

    @POST
    @Path("/{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.SUPERVISOR)
    @Operation(summary = "Approve an agreement (SUPERVISOR other than the administrator who proposed it)")
    public AgreementView approve(@PathParam("id") UUID id, @Valid DecisionNote decision) {
        return agreements.approve(id, decision == null ? null : decision.note());
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.SUPERVISOR)
    @Operation(summary = "Reject a proposed agreement (SUPERVISOR)")
    public AgreementView reject(@PathParam("id") UUID id, @Valid DecisionNote decision) {
        return agreements.reject(id, decision == null ? null : decision.note());
    }

    @POST
    @Path("/{id}/suspend")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ADMINISTRATOR, Role.Names.SUPERVISOR})
    @Operation(summary = "Suspend an agreement at once (ADMINISTRATOR, SUPERVISOR); the note is the reason")
    public AgreementView suspend(@PathParam("id") UUID id, @NotNull @Valid DecisionNote reason) {
        return agreements.suspend(id, reason.note());
    }

    @POST
    @Path("/{id}/credential")
    @Operation(summary = "Issue the partner's bearer credential, shown this once; a new one replaces the old "
            + "(ADMINISTRATOR)")
    public AgreementWithToken issueCredential(@PathParam("id") UUID id) {
        return agreements.issueCredential(id);
    }

    @POST
    @Path("/{id}/credential/revoke")
    @Operation(summary = "Revoke the partner's credential (ADMINISTRATOR)")
    public AgreementView revokeCredential(@PathParam("id") UUID id) {
        return agreements.revokeCredential(id);
    }
}
