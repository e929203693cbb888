package org.platekeeper.web.api.reads;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
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
import org.platekeeper.reads.application.OpenAlprAgentMessage;
import org.platekeeper.reads.application.ReadIngest;
import org.platekeeper.shared.application.InvalidRequestException;
import org.platekeeper.shared.domain.Role;
import org.platekeeper.web.api.shared.ApiError;
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
        List<CapturedRead> reads = switch (firstSignificant(json)) {
            case '[' -> Arrays.asList(StrictJson.jsonb().fromJson(json, CapturedRead[].class));
            case '{' -> List.of(StrictJson.jsonb().fromJson(json, CapturedRead.class));
            default -> throw new InvalidRequestException("send a read as a JSON object or reads as a JSON array");
        };
        IngestReceipt receipt = ingest.ingest(reads);
        return Response.status(Response.Status.CREATED).entity(receipt).build();
    }

    /**
     * The OpenALPR / Rekor Scout agent webhook: {@code alpr_group} (one vehicle), {@code alpr_results} (one frame,
     * all-or-nothing like a batch) and {@code heartbeat} (the camera is alive; nothing is stored).
     */
    @POST
    @Path("/openalpr")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN, MediaType.WILDCARD})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Webhook for OpenALPR / Rekor Scout agents (alpr_group, alpr_results, heartbeat)")
    public Response receiveFromAgent(InputStream body) {
        String json = read(body);
        if (firstSignificant(json) != '{') {
            throw new InvalidRequestException("an agent message is a JSON object with a data_type");
        }
        JsonObject message;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            message = reader.readObject();
        }
        OpenAlprAgentMessage translated = OpenAlprAgentMessage.from(message);
        if (translated.heartbeat()) {
            return Response.ok(Map.of("dataType", translated.dataType(), "received", true)).build();
        }
        return Response.status(Response.Status.CREATED).entity(ingest.ingest(translated.reads())).build();
    }

    /**
     * A JPEG for the server to recognise. Recognition runs in this server once its recogniser is installed; until
     * then the camera is told so, and nothing is stored.
     */
    @POST
    @Path("/image")
    @Consumes({MediaType.MULTIPART_FORM_DATA, "image/jpeg"})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a JPEG for the server to recognise the plate")
    public Response receiveImage() {
        return ApiError.response(Response.Status.SERVICE_UNAVAILABLE, "recognition_unavailable",
                "plate recognition is not available on this server; send reads with their plate text to "
                        + "/api/v1/reads or /api/v1/reads/openalpr");
    }

    /** The body as text, without the byte-order mark some camera agents put before it. */
    private static String read(InputStream body) {
        try {
            String text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
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
