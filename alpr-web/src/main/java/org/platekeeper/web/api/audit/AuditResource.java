package org.platekeeper.web.api.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.platekeeper.audit.application.AuditEventView;
import org.platekeeper.audit.application.AuditQuery;
import org.platekeeper.audit.application.AuditTrail;
import org.platekeeper.audit.application.MisuseInvestigations;
import org.platekeeper.audit.domain.ChainVerification;
import org.platekeeper.search.application.SearchOversight;
import org.platekeeper.search.application.SearchView;
import org.platekeeper.shared.application.InvalidRequestException;
import org.platekeeper.shared.domain.Role;

/** The audit trail for auditors (OD-R4, OD-AD3, OD-X2). */
@Path("/v1/audit")
@RolesAllowed(Role.Names.AUDITOR)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AuditResource {

    @Inject
    AuditTrail trail;

    @Inject
    SearchOversight oversight;

    @Inject
    MisuseInvestigations investigations;

    @GET
    @Path("/searches")
    @Operation(summary = "Every historical search with its justification, newest first")
    public List<SearchView> searches() {
        return oversight.searches();
    }

    @GET
    @Path("/flags")
    @Operation(summary = "Searches worth a second look: no case number, after hours, sensitive location, volume")
    public List<SearchOversight.Flag> flags(@QueryParam("from") String from, @QueryParam("to") String to) {
        return oversight.flags(date("from", from), date("to", to));
    }

    @GET
    @Path("/findings")
    public List<MisuseInvestigations.FindingView> findings() {
        return investigations.findings();
    }

    @POST
    @Path("/findings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record an audit finding (OD-AD4)")
    public Response recordFinding(@NotNull @Valid MisuseInvestigations.NewFinding finding) {
        return Response.status(Response.Status.CREATED).entity(investigations.record(finding)).build();
    }

    @GET
    @Path("/misuse-cases")
    public List<MisuseInvestigations.CaseView> cases() {
        return investigations.cases();
    }

    @POST
    @Path("/misuse-cases")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a misuse case from findings (PC-E1, OD-AD4)")
    public Response openCase(@NotNull @Valid MisuseInvestigations.NewMisuseCase misuseCase) {
        return Response.status(Response.Status.CREATED).entity(investigations.open(misuseCase)).build();
    }

    @POST
    @Path("/misuse-cases/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refer or close a misuse case with its outcome")
    public MisuseInvestigations.CaseView updateCase(@PathParam("id") UUID id,
                                                    @NotNull @Valid MisuseInvestigations.CaseUpdate update) {
        return investigations.update(id, update);
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(name + " must be a date such as 2026-01-31");
        }
    }

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
