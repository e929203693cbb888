package org.platekeeper.web.api.access;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.platekeeper.access.application.MyAccount;
import org.platekeeper.access.application.UserView;

/** The caller's own account: open to every signed-in user, trained or not, so they can see where they stand. */
@Path("/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users and training")
public class MeResource {

    @Inject
    MyAccount account;

    @GET
    @Operation(summary = "Your roles and training status")
    public UserView me() {
        return account.me();
    }
}
