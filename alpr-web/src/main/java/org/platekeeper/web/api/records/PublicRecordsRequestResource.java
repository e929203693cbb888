package org.platekeeper.web.api.records;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.platekeeper.records.application.RecordsReceipt;
import org.platekeeper.records.application.RecordsRequestForm;
import org.platekeeper.records.application.RecordsRequests;

/** The public's records requests (OD-T2): anyone may make one and gets its tracking number and due date. */
@Path("/public/records-requests")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Public")
public class PublicRecordsRequestResource {

    @Inject
    RecordsRequests requests;

    @POST
    @SecurityRequirements
    @Operation(summary = "Make a public-records request; the answer is its tracking number and statutory due date")
    public Response submit(@NotNull @Valid RecordsRequestForm form) {
        RecordsReceipt receipt = requests.submit(form);
        return Response.status(Response.Status.CREATED).entity(receipt).build();
    }
}
