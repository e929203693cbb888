package org.platekeeper.web.api.sharing;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.platekeeper.shared.domain.Role;
import org.platekeeper.sharing.application.PartnerAnswer;
import org.platekeeper.sharing.application.PartnerEntries;
import org.platekeeper.sharing.application.PartnerEntry;
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

    @Inject
    PartnerEntries entries;

    @POST
    @Path("/queries")
    @Operation(summary = "Our reads of one exact plate, under a case number and a purpose the agreement permits")
    public PartnerAnswer query(@NotNull @Valid PartnerQuery query) {
        return queries.query(query);
    }

    @POST
    @Path("/hotlist-entries")
    @Operation(summary = "Send one of the partner's own hot-list entries, with its case number and reason "
            + "(SEND_HOT_LIST_ENTRIES); hits on it are pushed to the agreement's callback (RECEIVE_ALERTS)")
    public Response addEntry(@NotNull @Valid PartnerEntry entry) {
        long id = entries.add(entry);
        return Response.created(URI.create("/api/partner/v1/hotlist-entries/" + id))
                .entity(Json.createObjectBuilder().add("id", id).build()).build();
    }

    @DELETE
    @Path("/hotlist-entries/{id}")
    @Operation(summary = "Take one of the partner's entries off our list")
    public Response removeEntry(@PathParam("id") long id) {
        entries.remove(id, null);
        return Response.noContent().build();
    }
}
