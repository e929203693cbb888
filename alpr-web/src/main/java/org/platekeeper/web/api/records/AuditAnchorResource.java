package org.platekeeper.web.api.records;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.platekeeper.audit.application.AuditAnchors;
import org.platekeeper.audit.domain.AuditAnchor;

/** The audit chain's daily heads, for anyone to save and check later (no sign-in). */
@Path("/public/audit-anchors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public")
public class AuditAnchorResource {

    @Inject
    AuditAnchors anchors;

    @GET
    @Operation(summary = "The last event number and hash of each recent day (today's so far last)")
    public List<AuditAnchor> recent(@QueryParam("days") @DefaultValue("30") int days) {
        return anchors.lastDays(days);
    }

    @GET
    @Path("/{sequence}")
    @Operation(summary = "Whether the event a saved anchor names still has the saved hash")
    public AuditAnchors.AnchorCheck check(@PathParam("sequence") long sequence, @QueryParam("hash") String hash) {
        return anchors.check(sequence, hash);
    }
}
