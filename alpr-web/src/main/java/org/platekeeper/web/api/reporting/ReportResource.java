package org.platekeeper.web.api.reporting;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.platekeeper.reporting.application.GeneratedReportView;
import org.platekeeper.reporting.application.ReportDownload;
import org.platekeeper.reporting.application.ReportOrder;
import org.platekeeper.reporting.application.Reports;
import org.platekeeper.shared.domain.Role;

/** Reports (RECORDS_CLERK, AUDITOR, COMMAND_STAFF): ordered, generated in the background, downloaded. */
@Path("/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class ReportResource {

    @Inject
    Reports reports;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.RECORDS_CLERK, Role.Names.AUDITOR, Role.Names.COMMAND_STAFF})
    @Operation(summary = "Order a report; it is generated in the background (poll its status)")
    public Response order(@NotNull @Valid ReportOrder order) {
        GeneratedReportView report = reports.order(order);
        return Response.accepted(report).location(uri.getAbsolutePathBuilder().path(report.id().toString()).build())
                .build();
    }

    @GET
    @Operation(summary = "The latest reports, newest first, with their progress")
    public List<GeneratedReportView> recent() {
        return reports.recent();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One report: status, progress and, once done, the SHA-256 of its data")
    public GeneratedReportView view(@PathParam("id") UUID id) {
        return reports.view(id);
    }

    @GET
    @Path("/{id}/pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "The report as PDF")
    public Response pdf(@PathParam("id") UUID id) {
        return file(reports.pdf(id));
    }

    @GET
    @Path("/{id}/csv")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @Operation(summary = "The report's table as CSV, for the reports that are tables")
    public Response csv(@PathParam("id") UUID id) {
        return file(reports.csv(id));
    }

    private static Response file(ReportDownload download) {
        return Response.ok(download.content(), download.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + download.fileName() + "\"")
                .header("X-Report-Digest", download.digest())
                .header("Cache-Control", "no-store").build();
    }
}
