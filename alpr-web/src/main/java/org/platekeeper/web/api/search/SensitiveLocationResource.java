package org.platekeeper.web.api.search;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.platekeeper.search.application.NewSensitiveLocation;
import org.platekeeper.search.application.SensitiveLocations;
import org.platekeeper.shared.domain.Role;

/** Places of protected activity (PC-B4): administrators keep them, searchers and auditors see them. */
@Path("/v1/sensitive-locations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class SensitiveLocationResource {

    @Inject
    SensitiveLocations locations;

    @GET
    public List<SensitiveLocations.LocationView> locations() {
        return locations.locations();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    @Operation(summary = "Register a sensitive location (ADMINISTRATOR)")
    public Response register(@NotNull @Valid NewSensitiveLocation location) {
        SensitiveLocations.LocationView created = locations.register(location);
        return Response.created(URI.create("/api/v1/sensitive-locations/" + created.id())).entity(created).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Retire a sensitive location (ADMINISTRATOR); past searches keep their record of it")
    public Response retire(@PathParam("id") UUID id) {
        locations.retire(id);
        return Response.noContent().build();
    }
}
