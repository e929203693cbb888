package org.platekeeper.web.api.access;

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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.platekeeper.access.application.ApiTokenView;
import org.platekeeper.access.application.ApiTokens;
import org.platekeeper.access.application.NewUser;
import org.platekeeper.access.application.TrainingCompletion;
import org.platekeeper.access.application.UserAdministration;
import org.platekeeper.access.application.UserView;
import org.platekeeper.shared.domain.Role;

/** Users, roles and training records (ADMINISTRATOR). */
@Path("/v1/users")
@RolesAllowed(Role.Names.ADMINISTRATOR)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Users and training")
public class UserResource {

    @Inject
    UserAdministration administration;

    @Inject
    ApiTokens apiTokens;

    @GET
    @Operation(summary = "All user accounts with roles, lock state and training status")
    public List<UserView> users() {
        return administration.users();
    }

    @GET
    @Path("/{username}")
    public UserView user(@PathParam("username") String username) {
        return administration.user(username);
    }

    @POST
    @Operation(summary = "Create a user; the password is stored only as a salted PBKDF2 hash")
    public Response create(@NotNull @Valid NewUser request) {
        UserView created = administration.create(request);
        return Response.created(URI.create("/api/v1/users/" + created.username())).entity(created).build();
    }

    @PUT
    @Path("/{username}/roles")
    @Operation(summary = "Replace the user's roles")
    public UserView assignRoles(@PathParam("username") String username, @NotNull @Valid RolesRequest request) {
        return administration.assignRoles(username, request.roles());
    }

    @POST
    @Path("/{username}/training")
    @Operation(summary = "Record a completed training course (OD-AD2)")
    public UserView recordTraining(@PathParam("username") String username,
                                   @NotNull @Valid TrainingCompletion training) {
        return administration.recordTraining(username, training);
    }

    @POST
    @Path("/{username}/unlock")
    @Operation(summary = "Unlock an account locked after repeated failed sign-ins")
    public UserView unlock(@PathParam("username") String username) {
        return administration.unlock(username);
    }

    @POST
    @Path("/{username}/disable")
    public UserView disable(@PathParam("username") String username) {
        return administration.disable(username);
    }

    @POST
    @Path("/{username}/enable")
    @Operation(summary = "Enable a disabled account; an inactive one's 90 days start again (AC-2)")
    public UserView enable(@PathParam("username") String username) {
        return administration.enable(username);
    }

    @POST
    @Path("/{username}/second-factor-reset")
    @Operation(summary = "Turn off a user's two-step sign-in, for one who lost the app and the recovery codes (IA-2)")
    public UserView resetSecondFactor(@PathParam("username") String username) {
        return administration.resetSecondFactor(username);
    }

    @POST
    @Path("/{username}/password-reset")
    @Operation(summary = "Set a temporary password, which the user must replace at the next sign-in (IA-5)")
    public UserView resetPassword(@PathParam("username") String username, @NotNull @Valid PasswordReset reset) {
        return administration.resetPassword(username, reset.temporaryPassword());
    }

    @GET
    @Path("/{username}/api-tokens")
    @Operation(summary = "The user's personal API tokens, with their last use; never their secrets")
    public List<ApiTokenView> apiTokens(@PathParam("username") String username) {
        return apiTokens.of(username);
    }

    @DELETE
    @Path("/{username}/api-tokens/{id}")
    @Operation(summary = "Revoke one of the user's personal API tokens, at once")
    public ApiTokenView revokeApiToken(@PathParam("username") String username, @PathParam("id") UUID id) {
        return apiTokens.revoke(username, id);
    }
}
