package org.platekeeper.web.api.sharing;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.platekeeper.sharing.application.FederatedAnswer;
import org.platekeeper.sharing.application.FederatedSearches;
import org.platekeeper.sharing.application.InstallationView;
import org.platekeeper.sharing.application.NewInstallation;

/** Federation between installations: the partner installations we may ask, and a search put to them. */
@Path("/v1/federation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sharing")
public class FederationResource {

    @Inject
    FederatedSearches federation;

    /** Which installations a search is put to. */
    public record Choice(@NotEmpty @Size(max = FederatedSearches.MAX_INSTALLATIONS_PER_SEARCH)
                         List<@NotNull UUID> installations) {
    }

    @GET
    @Path("/installations")
    public List<InstallationView> installations() {
        return federation.installations();
    }

    @POST
    @Path("/installations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    @Operation(summary = "Enter a partner installation and the credential it issued us (ADMINISTRATOR); the "
            + "credential is never shown again")
    public Response register(@NotNull @Valid NewInstallation installation) {
        InstallationView registered = federation.register(installation);
        return Response.created(URI.create("/api/v1/federation/installations/" + registered.id()))
                .entity(registered).build();
    }

    @POST
    @Path("/installations/{id}/disable")
    @Operation(summary = "Stop asking an installation (ADMINISTRATOR)")
    public InstallationView disable(@PathParam("id") UUID id) {
        return federation.disable(id);
    }

    @POST
    @Path("/searches/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.SUPERVISOR})
    @Operation(summary = "Put one of your exact-plate searches to partner installations, under its case number and "
            + "purpose code; each answer is marked with its agency (INVESTIGATOR, SUPERVISOR)")
    public List<FederatedAnswer> ask(@PathParam("id") UUID searchId, @NotNull @Valid Choice choice) {
        return federation.ask(searchId, choice.installations());
    }
}
