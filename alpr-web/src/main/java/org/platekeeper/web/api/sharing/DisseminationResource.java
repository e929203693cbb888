package org.platekeeper.web.api.sharing;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.platekeeper.shared.application.InvalidRequestException;
import org.platekeeper.sharing.application.DisseminationView;
import org.platekeeper.sharing.application.Disseminations;
import org.platekeeper.sharing.domain.DisseminationFilter;
import org.platekeeper.sharing.domain.DisseminationKind;
import org.platekeeper.sharing.domain.DisseminationOutcome;
import org.platekeeper.sharing.domain.MonthlySharing;

/** The dissemination log (AUDITOR, ADMINISTRATOR): every disclosure outside the department and every refusal. */
@Path("/v1/disseminations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sharing")
public class DisseminationResource {

    @Inject
    Disseminations disseminations;

    @GET
    @Operation(summary = "The log, newest first, filtered by partner, kind, outcome and time")
    public List<DisseminationView> log(@QueryParam("partner") String partner, @QueryParam("kind") String kind,
                                       @QueryParam("outcome") String outcome, @QueryParam("from") String from,
                                       @QueryParam("to") String to,
                                       @QueryParam("limit") @DefaultValue("500") int limit) {
        return disseminations.log(filter(partner, kind, outcome, from, to), limit);
    }

    @GET
    @Path("/csv")
    @Produces("text/csv")
    @Operation(summary = "The log as CSV, with the same filters")
    public Response csv(@QueryParam("partner") String partner, @QueryParam("kind") String kind,
                        @QueryParam("outcome") String outcome, @QueryParam("from") String from,
                        @QueryParam("to") String to) {
        return Response.ok(disseminations.csv(filter(partner, kind, outcome, from, to)))
                .header("Content-Disposition", "attachment; filename=\"disseminations.csv\"").build();
    }

    @GET
    @Path("/summary")
    @Operation(summary = "Queries, answers, refusals, pushes and releases per partner and month")
    public List<MonthlySharing> summary() {
        return disseminations.monthlySummary();
    }

    /** The filters as typed by a person: a bad one is a 400 that names it, not a 404. */
    static DisseminationFilter filter(String partner, String kind, String outcome, String from, String to) {
        return new DisseminationFilter(parse("partner", partner, UUID::fromString),
                parse("kind", kind, DisseminationKind::valueOf), parse("outcome", outcome,
                DisseminationOutcome::valueOf), parse("from", from, Instant::parse), parse("to", to, Instant::parse));
    }

    private static <T> T parse(String name, String value, Function<String, T> parser) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (RuntimeException invalid) {
            throw new InvalidRequestException(name + " '" + value + "' is not valid: give a partner id, a kind "
                    + Arrays.toString(DisseminationKind.values()) + ", an outcome "
                    + Arrays.toString(DisseminationOutcome.values()) + " or ISO-8601 instants for from and to");
        }
    }
}
