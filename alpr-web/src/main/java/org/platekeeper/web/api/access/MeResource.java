package org.platekeeper.web.api.access;

import java.net.URI;
import java.util.List;
import java.util.UUID;

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
import org.platekeeper.access.application.IssuedApiToken;
import org.platekeeper.access.application.MyAccount;
import org.platekeeper.access.application.SecondFactorEnrolment;
import org.platekeeper.access.application.UserView;
import org.platekeeper.shared.application.InvalidRequestException;

/**
 * The caller's own account: open to every signed-in user, trained or not and with a password to change or not, so
 * they can see where they stand and do what is asked of them.
 */
@Path("/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users and training")
public class MeResource {

    static final String WRONG_CURRENT_PASSWORD = "the current password is not right";

    @Inject
    MyAccount account;

    @Inject
    ApiTokens apiTokens;

    @GET
    @Operation(summary = "Your roles and training status")
    public UserView me() {
        return account.me();
    }

    @PUT
    @Path("/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change your password, giving the current one (IA-5); a wrong one counts as a failed "
            + "sign-in")
    public Response changePassword(@NotNull @Valid PasswordChange change) {
        if (!account.changePassword(change.currentPassword().toCharArray(), change.newPassword().toCharArray())) {
            throw new InvalidRequestException(WRONG_CURRENT_PASSWORD);
        }
        return Response.noContent().build();
    }

    @POST
    @Path("/second-factor")
    @Operation(summary = "Start setting up two-step sign-in (IA-2): the secret and otpauth URI for an authenticator "
            + "app")
    public SecondFactorEnrolment beginSecondFactor() {
        return account.beginSecondFactor();
    }

    @PUT
    @Path("/second-factor")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm two-step sign-in with a code from the app; answers the ten recovery codes, once")
    public RecoveryCodesIssued confirmSecondFactor(@NotNull @Valid SecondFactorCode code) {
        return new RecoveryCodesIssued(account.confirmSecondFactor(code.code())
                .orElseThrow(() -> new InvalidRequestException("the code does not match: check the app's clock "
                        + "and type the code it shows now")));
    }

    @GET
    @Path("/api-tokens")
    @Operation(summary = "Your personal API tokens, with when each was last used; never their secrets")
    public List<ApiTokenView> apiTokens() {
        return apiTokens.mine();
    }

    @POST
    @Path("/api-tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue a personal API token for a script (IA-2): it signs in as you, with your roles, as "
            + "Authorization: Bearer; the secret is in this answer only")
    public Response issueApiToken(@NotNull @Valid NewApiToken request) {
        IssuedApiToken issued = apiTokens.issue(request.label(), request.lifetimeDays());
        return Response.created(URI.create("/api/v1/me/api-tokens/" + issued.token().id())).entity(issued).build();
    }

    @DELETE
    @Path("/api-tokens/{id}")
    @Operation(summary = "Revoke one of your personal API tokens, at once")
    public ApiTokenView revokeApiToken(@PathParam("id") UUID id) {
        return apiTokens.revokeMine(id);
    }

    /** A code from the authenticator app. */
    public record SecondFactorCode(@NotNull @jakarta.validation.constraints.Size(max = 16) String code) {
    }

    /** Shown once: the user writes them down. */
    public record RecoveryCodesIssued(java.util.List<String> recoveryCodes) {
    }
}
