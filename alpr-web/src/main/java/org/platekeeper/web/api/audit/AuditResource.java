package org.platekeeper.web.api.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.platekeeper.shared.domain.Role;
import org.platekeeper.audit.application.AuditEventView;
import org.platekeeper.audit.application.AuditQuery;
import org.platekeeper.audit.application.AuditTrail;
import org.platekeeper.audit.domain.ChainVerification;
import org.platekeeper.shared.application.InvalidRequestException;

/** The audit trail for auditors (OD-R4, OD-AD3, OD-X2). */
@Path("/v1/audit")
@RolesAllowed(Role.Names.AUDITOR)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AuditResource {

    @Inject
    AuditTrail trail;

    @GET
    @Path("/verify")
    @Operation(summary = "Recompute the hash chain and report the first broken link, if any")
    public ChainVerification verify() {
        return trail.verify();
    }

    @GET
    @Path("/events")
    @Operation(summary = "Audit events, newest first")
    public List<AuditEventView> events(@QueryParam("actor") String actor, @QueryParam("action") String action,
                                       @QueryParam("from") String from, @QueryParam("to") String to,
                                       @QueryParam("offset") @DefaultValue("0") int offset,
                                       @QueryParam("limit") @DefaultValue("100") int limit) {
        return trail.browse(new AuditQuery(actor, action, instant("from", from), instant("to", to), offset, limit));
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(name + " must be an ISO-8601 instant such as 2026-01-31T00:00:00Z");
        }
    }
}
