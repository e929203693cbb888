package org.platekeeper.web.api.reads;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.platekeeper.reads.application.CapturedRead;
import org.platekeeper.reads.application.IngestReceipt;
import org.platekeeper.reads.application.ReadIngest;
import org.platekeeper.shared.application.InvalidRequestException;
import org.platekeeper.shared.domain.Role;
import org.platekeeper.web.api.shared.StrictJson;

/** Where cameras send reads, authenticated by their own token ({@code Authorization: Bearer …}). */
@Path("/v1/reads")
@RolesAllowed(Role.Names.CAMERA)
@Tag(name = "Ingest")
public class ReadIngestResource {

    @Inject
    ReadIngest ingest;

    /**
     * One read as a JSON object, or a batch as a JSON array of up to 1000. A batch is all-or-nothing: 201 with
     * every id, or a 4xx naming the first bad read and nothing stored.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send one read or a batch of reads (all-or-nothing)")
    public Response receive(InputStream body) {
        String json = read(body);
        if (json.startsWith("\uFEFF")) {
            json = json.substring(1); // some camera agents start their bodies with a byte-order mark
        }
        List<CapturedRead> reads = switch (firstSignificant(json)) {
            case '[' -> Arrays.asList(StrictJson.jsonb().fromJson(json, CapturedRead[].class));
            case '{' -> List.of(StrictJson.jsonb().fromJson(json, CapturedRead.class));
            default -> throw new InvalidRequestException("send a read as a JSON object or reads as a JSON array");
        };
        IngestReceipt receipt = ingest.ingest(reads);
        return Response.status(Response.Status.CREATED).entity(receipt).build();
    }

    private static String read(InputStream body) {
        try {
            return new String(body.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first character that is not white space or a byte-order mark. */
    static char firstSignificant(String json) {
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (!Character.isWhitespace(c) && c != '\uFEFF') {
                return c;
            }
        }
        return 0;
    }
}
