package org.platekeeper.web.api.sharing;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.platekeeper.shared.domain.Role;
import org.platekeeper.sharing.application.NewPartner;
import org.platekeeper.sharing.application.PartnerAgencies;
import org.platekeeper.sharing.application.PartnerView;

/** The register of partner agencies (ADMINISTRATOR keeps it; SUPERVISOR and AUDITOR read it). */
@Path("/v1/partners")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sharing")
public class PartnerResource {

    @Inject
    PartnerAgencies partners;

    @GET
    public List<PartnerView> partners() {
        return partners.partners();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    @Operation(summary = "Register a partner agency (ADMINISTRATOR); only law enforcement and prosecution can then "
            + "hold an agreement (PC-D1)")
    public Response register(@NotNull @Valid NewPartner partner) {
        PartnerView registered = partners.register(partner);
        return Response.created(URI.create("/api/v1/partners/" + registered.id())).entity(registered).build();
    }
}
