package org.platekeeper.web.api.sharing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.platekeeper.shared.domain.Role;
import org.platekeeper.sharing.application.PartnerAnswer;
import org.platekeeper.sharing.application.PartnerQueries;
import org.platekeeper.sharing.application.PartnerQuery;

/**
 * The partner API (OD-R3): what a partner agency may ask with its agreement's bearer credential, and nothing a
 * person's credentials open. The plate travels in the body, never in a URL that access logs keep.
 */
@Path("/partner/v1")
@RolesAllowed(Role.Names.PARTNER)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Partner API")
public class PartnerApiResource {

    @Inject
    PartnerQueries queries;

    @POST
    @Path("/queries")
    @Operation(summary = "Our reads of one exact plate, under a case number and a purpose the agreement permits")
    public PartnerAnswer query(@NotNull @Valid PartnerQuery query) {
        return queries.query(query);
    }
}
