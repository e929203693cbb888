package org.platekeeper.web.api.hotlists;

import java.net.URI;
import java.util.List;
import java.util.Map;

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
import org.platekeeper.hotlists.application.CustomEntries;
import org.platekeeper.hotlists.application.Decision;
import org.platekeeper.hotlists.application.EntryExpiry;
import org.platekeeper.hotlists.application.EntryRequest;
import org.platekeeper.hotlists.application.EntryView;
import org.platekeeper.hotlists.application.HistoryView;
import org.platekeeper.shared.application.InvalidRequestException;
import org.platekeeper.shared.domain.Role;

/** Custom hot-list entries: request, approval, review, removal (OD-H1..H4). */
@Path("/v1/hotlists/custom-entries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Hot lists")
public class CustomEntryResource {

    @Inject
    CustomEntries entries;

    @Inject
    EntryExpiry expiry;

    @POST
    @RolesAllowed({Role.Names.OFFICER, Role.Names.INVESTIGATOR, Role.Names.SUPERVISOR})
    @Operation(summary = "Request a custom entry (OFFICER, INVESTIGATOR, SUPERVISOR); a supervisor approves it")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response request(@NotNull @Valid EntryRequest request) {
        EntryView requested = entries.request(request);
        return Response.created(URI.create("/api/v1/hotlists/custom-entries/" + requested.id())).entity(requested)
                .build();
    }

    /** {@code view}: {@code active} (default), {@code awaiting-approval}, {@code review-due} or {@code mine}. */
    @GET
    public List<EntryView> entries(@QueryParam("view") String view) {
        return switch (view == null ? "active" : view) {
            case "active" -> entries.active();
            case "awaiting-approval" -> entries.awaitingApproval();
            case "review-due" -> entries.reviewDue();
            case "mine" -> entries.mine();
            default -> throw new InvalidRequestException("view is active, awaiting-approval, review-due or mine");
        };
    }

    @GET
    @Path("/{id}")
    public EntryView entry(@PathParam("id") long id) {
        return entries.entry(id);
    }

    @GET
    @Path("/{id}/history")
    public List<HistoryView> history(@PathParam("id") long id) {
        return entries.history(id);
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed(Role.Names.SUPERVISOR)
    @Operation(summary = "Approve a requested entry (SUPERVISOR other than the requester)")
    @Consumes(MediaType.APPLICATION_JSON)
    public EntryView approve(@PathParam("id") long id, @Valid Decision decision) {
        return entries.approve(id, decision);
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.SUPERVISOR)
    public EntryView reject(@PathParam("id") long id, @Valid Decision decision) {
        return entries.reject(id, decision);
    }

    @POST
    @Path("/{id}/review")
    @RolesAllowed(Role.Names.SUPERVISOR)
    @Operation(summary = "Record a review that keeps the entry until the next review date (OD-H4)")
    @Consumes(MediaType.APPLICATION_JSON)
    public EntryView review(@PathParam("id") long id, @Valid Decision decision) {
        return entries.review(id, decision);
    }

    @POST
    @Path("/{id}/remove")
    @Consumes(MediaType.APPLICATION_JSON)
    // a supervisor, or the officer or investigator who asked for the entry: the service tells them apart
    @RolesAllowed({Role.Names.OFFICER, Role.Names.INVESTIGATOR, Role.Names.SUPERVISOR})
    public EntryView remove(@PathParam("id") long id, @Valid Decision decision) {
        return entries.remove(id, decision);
    }

    @POST
    @Path("/expire-lapsed")
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMINISTRATOR})
    @Operation(summary = "Expire entries whose review lapsed now, instead of at the next hourly run")
    public Map<String, Integer> expireLapsed() {
        return Map.of("expired", expiry.expireLapsed());
    }
}
