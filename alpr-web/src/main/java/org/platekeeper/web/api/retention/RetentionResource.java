package org.platekeeper.web.api.retention;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.platekeeper.retention.application.PurgeRunView;
import org.platekeeper.retention.application.Retention;

/** Purges and their certificates (PC-C1, OD-R5). */
@Path("/v1/purges")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Retention")
public class RetentionResource {

    @Inject
    Retention retention;

    @GET
    @Operation(summary = "Purge history, newest first, each with its certificate")
    public List<PurgeRunView> runs() {
        return retention.runs();
    }

    @POST
    @Operation(summary = "Purge now everything past retention that no hold protects (ADMINISTRATOR)")
    public PurgeRunView purgeNow() {
        return retention.purgeNow();
    }

    @GET
    @Path("/schedule")
    public Retention.Schedule schedule() {
        return retention.schedule();
    }

    @GET
    @Path("/{id}")
    public PurgeRunView run(@PathParam("id") UUID id) {
        return retention.run(id);
    }
}
