package org.platekeeper.web.api.records;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.platekeeper.records.application.Transparency;
import org.platekeeper.records.application.TransparencyView;

/** The public transparency figures (OD-T1), for anyone, without sign-in. */
@Path("/public/transparency")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public")
public class TransparencyResource {

    @Inject
    Transparency transparency;

    @GET
    @SecurityRequirements
    @Operation(summary = "The policy in force and how the system was used in the last 30 days: counts, partner "
            + "agencies' names, the last purge's digest; no plate, person or place")
    public TransparencyView transparency() {
        return transparency.now();
    }
}
