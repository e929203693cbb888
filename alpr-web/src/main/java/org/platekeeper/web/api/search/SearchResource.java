package org.platekeeper.web.api.search;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.platekeeper.reads.domain.ReadImage;
import org.platekeeper.search.application.ResultPage;
import org.platekeeper.search.application.SearchRequest;
import org.platekeeper.search.application.SearchView;
import org.platekeeper.search.application.Searches;
import org.platekeeper.search.domain.FoundRead;
import org.platekeeper.search.domain.SearchStatus;
import org.platekeeper.shared.application.InvalidRequestException;
import org.platekeeper.shared.domain.Role;
import org.platekeeper.web.api.shared.ApiError;
import org.platekeeper.web.api.shared.DecisionNote;

/**
 * Historical search (INVESTIGATOR, SUPERVISOR). A search without a lawful justification is refused; one near a
 * sensitive location answers 202 and runs once a supervisor approves it.
 */
@Path("/v1/searches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class SearchResource {

    @Inject
    Searches searches;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.SUPERVISOR})
    @Operation(summary = "Run a historical search with its justification; 202 when it awaits a supervisor")
    public Response search(@NotNull @Valid SearchRequest request, @QueryParam("page") @DefaultValue("0") int page,
                           @QueryParam("size") @DefaultValue("50") int size) {
        ResultPage result = searches.search(request, page, size);
        URI location = URI.create("/api/v1/searches/" + result.search().id());
        return result.search().status() == SearchStatus.AWAITING_APPROVAL
                ? Response.accepted(result).location(location).build()
                : Response.created(location).entity(result).build();
    }

    @GET
    @Operation(summary = "The caller's own searches, newest first")
    public List<SearchView> mine() {
        return searches.mine();
    }

    @GET
    @Path("/awaiting-approval")
    @Operation(summary = "Searches near sensitive locations waiting for a supervisor (SUPERVISOR)")
    public List<SearchView> awaitingApproval() {
        return searches.awaitingApproval();
    }

    @GET
    @Path("/{id}")
    public SearchView search(@PathParam("id") UUID id) {
        return searches.search(id);
    }

    @GET
    @Path("/{id}/results")
    @Operation(summary = "A page of the search's results, newest first (runs an approved search)")
    public ResultPage results(@PathParam("id") UUID id, @QueryParam("page") @DefaultValue("0") int page,
                              @QueryParam("size") @DefaultValue("50") int size) {
        return searches.results(id, page, size);
    }

    @POST
    @Path("/{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.SUPERVISOR)
    @Operation(summary = "PC-B4: let a search near a sensitive location run (SUPERVISOR other than the searcher)")
    public SearchView approve(@PathParam("id") UUID id, @Valid DecisionNote decision) {
        return searches.approve(id, decision == null ? null : decision.note());
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.SUPERVISOR)
    public SearchView reject(@PathParam("id") UUID id, @Valid DecisionNote decision) {
        return searches.reject(id, decision == null ? null : decision.note());
    }

    @GET
    @Path("/{id}/reads/{readId}")
    @Operation(summary = "Open one of the search's reads (audited under the search's justification)")
    public FoundRead read(@PathParam("id") UUID id, @PathParam("readId") UUID readId) {
        return searches.open(id, readId);
    }

    @GET
    @Path("/{id}/reads/{readId}/images/{kind}")
    @Produces({"image/jpeg", MediaType.APPLICATION_JSON})
    public Response image(@PathParam("id") UUID id, @PathParam("readId") UUID readId,
                          @PathParam("kind") String kind) {
        ReadImage.Kind which = ReadImage.Kind.named(kind)
                .orElseThrow(() -> new InvalidRequestException("the image is plate or vehicle"));
        return searches.image(id, readId, which)
                .map(jpeg -> Response.ok(jpeg, "image/jpeg").header("Cache-Control", "no-store").build())
                .orElseGet(() -> ApiError.response(Response.Status.NOT_FOUND, "not_found",
                        "the camera sent no " + kind + " image with this read"));
    }
}
