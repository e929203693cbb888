package org.platekeeper.web.api.records;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.platekeeper.records.application.RecordsRequestForm;
import org.platekeeper.records.application.RecordsRequestView;
import org.platekeeper.records.application.RecordsRequests;
import org.platekeeper.reporting.application.GeneratedReportView;
import org.platekeeper.reporting.application.ReportOrder;
import org.platekeeper.reporting.application.Reports;
import org.platekeeper.reporting.domain.ReportKind;
import org.platekeeper.shared.domain.Role;
import org.platekeeper.web.api.shared.DecisionNote;

/** The register of public-records requests (RECORDS_CLERK). */
@Path("/v1/records-requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Records")
public class RecordsRequestResource {

    @Inject
    RecordsRequests requests;

    @Inject
    Reports reports;

    @GET
    @Operation(summary = "The register: open requests first, soonest due first, each flagged when overdue")
    public List<RecordsRequestView> register() {
        return requests.registerView();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.RECORDS_CLERK)
    @Operation(summary = "Enter a request received by mail, telephone or at the counter")
    public Response enter(@NotNull @Valid RecordsRequestForm form) {
        return Response.status(Response.Status.CREATED).entity(requests.enter(form)).build();
    }

    @POST
    @Path("/{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.RECORDS_CLERK)
    @Operation(summary = "Record the answer given (the note says what was released)")
    public RecordsRequestView answer(@PathParam("id") UUID id, @NotNull @Valid DecisionNote note) {
        return requests.answer(id, note.note());
    }

    @POST
    @Path("/{id}/response-report")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.RECORDS_CLERK, Role.Names.AUDITOR, Role.Names.COMMAND_STAFF})
    @Operation(summary = "Generate the response report for the request over a period; it is attached to the request")
    public Response responseReport(@PathParam("id") UUID id, @NotNull @Valid ReportPeriod period) {
        GeneratedReportView report = reports.order(new ReportOrder(ReportKind.RECORDS_RESPONSE, period.from(),
                period.to(), id.toString()));
        return Response.accepted(report).build();
    }

    @POST
    @Path("/{id}/deny")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.RECORDS_CLERK)
    @Operation(summary = "Record a denial (the note names the exemption it rests on)")
    public RecordsRequestView deny(@PathParam("id") UUID id, @NotNull @Valid DecisionNote note) {
        return requests.deny(id, note.note());
    }
}
