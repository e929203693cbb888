package org.platekeeper.web.api.reads;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.platekeeper.reads.application.CapturedRead;
import org.platekeeper.reads.application.ImageIngest;
import org.platekeeper.reads.application.IngestReceipt;
import org.platekeeper.reads.application.OpenAlprAgentMessage;
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

    @Inject
    ImageIngest images;

    @Inject
    IngestMemory memory;

    /**
     * One read as a JSON object, or a batch as a JSON array of up to 1000. A batch is all-or-nothing: 201 with
     * every id, or a 4xx naming the first bad read and nothing stored. An image that cannot be kept costs only
     * itself: the read is stored and matched, and the answer is a 202 listing {@code droppedImages}.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send one read or a batch of reads (all-or-nothing); 202 when damaged images were dropped "
            + "from reads that were stored")
    public Response receive(InputStream body, @Context HttpHeaders headers) {
        try (IngestMemory.Share share = memory.admit(headers.getLength())) {
            // parsed from the stream: the body is never held as text beside the reads made of it
            PushbackInputStream json = new PushbackInputStream(body, 1);
            List<CapturedRead> reads = switch (firstSignificant(json)) {
                // a list of its own that the ingest may empty as it goes, the parsed array left behind
                case '[' -> new ArrayList<>(Arrays.asList(StrictJson.jsonb().fromJson(json, CapturedRead[].class)));
                case '{' -> new ArrayList<>(List.of(StrictJson.jsonb().fromJson(json, CapturedRead.class)));
                default -> throw new InvalidRequestException("send a read as a JSON object or reads as a JSON array");
            };
            return stored(ingest.ingest(reads));
        }
    }

    /** 201; or 202 when images were dropped, so an agent that checks only for 201 notices (PC-A1). */
    private static Response stored(IngestReceipt receipt) {
        return Response.status(receipt.droppedImages().isEmpty() ? Response.Status.CREATED
                : Response.Status.ACCEPTED).entity(receipt).build();
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
    public Response receiveFromAgent(InputStream body, @Context HttpHeaders headers) {
        try (IngestMemory.Share share = memory.admit(headers.getLength())) {
            String json = read(body);
            if (firstSignificant(json) != '{') {
                throw new InvalidRequestException("an agent message is a JSON object with a data_type");
            }
            JsonObject message = StrictJson.object(json);
            OpenAlprAgentMessage translated = OpenAlprAgentMessage.from(message);
            if (translated.heartbeat()) {
                return Response.ok(Map.of("dataType", translated.dataType(), "received", true)).build();
            }
            return stored(ingest.ingest(translated.reads()));
        }
    }

    /**
     * A JPEG for the server to recognise, as the body ({@code image/jpeg}, metadata in the query) or as a multipart
     * form (part {@code image}, fields {@code state}, {@code capturedAt}, {@code latitude}, {@code longitude}).
     * 201 with the read's id and the plates seen; 200 with no ids when no plate was found; nothing is stored then.
     */
    @POST
    @Path("/image")
    @Consumes("image/jpeg")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a JPEG; the server recognises the plate and stores the read with its plate crop")
    public Response receiveImage(InputStream jpeg, @QueryParam("state") String state,
                                 @QueryParam("capturedAt") String capturedAt, @QueryParam("latitude") Double latitude,
                                 @QueryParam("longitude") Double longitude, @Context HttpHeaders headers) {
        try (IngestMemory.Share share = memory.admit(headers.getLength())) {
            return image(bytes(jpeg), state, capturedAt, latitude, longitude);
        }
    }

    @POST
    @Path("/image")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public Response receiveImageForm(List<EntityPart> parts) {
        byte[] jpeg = null;
        java.util.Map<String, String> fields = new java.util.HashMap<>();
        for (EntityPart part : parts) {
            if (part.getName().equals("image")) {
                jpeg = bytes(part.getContent());
            } else {
                fields.put(part.getName(), new String(bytes(part.getContent()), StandardCharsets.UTF_8).strip());
            }
        }
        if (jpeg == null) {
            throw new InvalidRequestException("the form has no part named image");
        }
        return image(jpeg, fields.get("state"), fields.get("capturedAt"),
                number("latitude", fields.get("latitude")), number("longitude", fields.get("longitude")));
    }

    private Response image(byte[] jpeg, String state, String capturedAt, Double latitude, Double longitude) {
        OffsetDateTime at;
        try {
            at = capturedAt == null || capturedAt.isBlank() ? null : OffsetDateTime.parse(capturedAt);
        } catch (java.time.format.DateTimeParseException notATime) {
            throw new InvalidRequestException("capturedAt must be ISO-8601 with an offset");
        }
        ImageIngest.Result result = images.ingest(jpeg, new ImageIngest.Metadata(state, at, latitude, longitude));
        Map<String, Object> body = Map.of("ids", result.receipt().ids(), "duplicates", result.receipt().duplicates(),
                "plates", result.plates(), "recognitionMillis", result.millis());
        return Response.status(result.receipt().ids().isEmpty() ? Response.Status.OK : Response.Status.CREATED)
                .entity(body).build();
    }

    private static Double number(String name, String value) {
        try {
            return value == null || value.isBlank() ? null : Double.valueOf(value);
        } catch (NumberFormatException notANumber) {
            throw new InvalidRequestException(name + " must be a number");
        }
    }

    private static byte[] bytes(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    /**
     * The first byte that is not white space or part of a UTF-8 byte-order mark, put back so the parser reads it;
     * 0 for an empty body.
     */
    static char firstSignificant(PushbackInputStream json) {
        try {
            int b = json.read();
            while (b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == 0xEF || b == 0xBB || b == 0xBF) {
                b = json.read();
            }
            if (b < 0) {
                return 0;
            }
            json.unread(b);
            return (char) b;
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
