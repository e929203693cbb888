package org.platekeeper.reads.application;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.platekeeper.shared.application.InvalidRequestException;

/**
 * What an OpenALPR or Rekor Scout agent posts to its webhook, translated into reads. The agent's messages carry
 * many more fields than a read needs (processing times, plate corners, agent versions); those are ignored, so a
 * newer agent with new fields still delivers. Speed, which some agents estimate, is never taken (OD-U2).
 *
 * @param reads the reads the message carries; none for a heartbeat
 */
public record OpenAlprAgentMessage(String dataType, List<CapturedRead> reads) {

    public static final String GROUP = "alpr_group";
    public static final String RESULTS = "alpr_results";
    public static final String HEARTBEAT = "heartbeat";

    public static OpenAlprAgentMessage from(JsonObject body) {
        String type = string(body, "data_type");
        if (type == null) {
            throw new InvalidRequestException("data_type is required: alpr_group, alpr_results or heartbeat");
        }
        return switch (type) {
            case GROUP -> new OpenAlprAgentMessage(type, List.of(group(body)));
            case RESULTS -> new OpenAlprAgentMessage(type, results(body));
            case HEARTBEAT -> new OpenAlprAgentMessage(type, List.of());
            default -> throw new InvalidRequestException("data_type '" + type
                    + "' is not one this server takes: alpr_group, alpr_results or heartbeat");
        };
    }

    public boolean heartbeat() {
        return HEARTBEAT.equals(dataType);
    }

    /** A group: the agent's best reading of one vehicle passing, over several frames. */
    private static CapturedRead group(JsonObject g) {
        JsonObject bestPlate = object(g, "best_plate");
        JsonObject vehicle = object(g, "vehicle");
        return new CapturedRead(required(g, "best_plate_number"), state(string(g, "best_region")),
                time(g, "epoch_start"), coordinate(g, "gps_latitude"), coordinate(g, "gps_longitude"),
                confidence(g, "best_confidence"), candidates(array(g, "candidates")),
                bestPlate == null ? null : string(bestPlate, "plate_crop_jpeg"), string(g, "vehicle_crop_jpeg"),
                vehicle == null ? null : new CapturedRead.Vehicle(best(vehicle, "make"), best(vehicle, "color"),
                        best(vehicle, "body_type")));
    }

    /** Results: every plate found in one frame. */
    private static List<CapturedRead> results(JsonObject r) {
        JsonArray results = array(r, "results");
        if (results == null || results.isEmpty()) {
            throw new InvalidRequestException("alpr_results holds no results");
        }
        OffsetDateTime at = time(r, "epoch_time");
        List<CapturedRead> reads = new ArrayList<>(results.size());
        for (JsonValue value : results) {
            if (!(value instanceof JsonObject plate)) {
                throw new InvalidRequestException("each of results must be an object");
            }
            reads.add(new CapturedRead(required(plate, "plate"), state(string(plate, "region")), at,
                    coordinate(r, "gps_latitude"), coordinate(r, "gps_longitude"), confidence(plate, "confidence"),
                    candidates(array(plate, "candidates")), null, null, null));
        }
        return reads;
    }

    /** {@code us-in} is Indiana; Canadian provinces come as {@code ca-on}; other countries carry no state. */
    static String state(String region) {
        if (region == null || region.length() != 5 || region.charAt(2) != '-') {
            return null;
        }
        String country = region.substring(0, 2).toLowerCase(Locale.ROOT);
        return country.equals("us") || country.equals("ca") ? region.substring(3).toUpperCase(Locale.ROOT) : null;
    }

    private static OffsetDateTime time(JsonObject o, String field) {
        if (!(o.get(field) instanceof JsonNumber millis)) {
            throw new InvalidRequestException(field + " (milliseconds since the epoch) is required");
        }
        return OffsetDateTime.ofInstant(Instant.ofEpochMilli(millis.longValue()), ZoneOffset.UTC);
    }

    /** Agents without a GPS fix send 0; that is no place, not the Gulf of Guinea. */
    private static Double coordinate(JsonObject o, String field) {
        return o.get(field) instanceof JsonNumber n && n.doubleValue() != 0 ? n.doubleValue() : null;
    }

    private static Float confidence(JsonObject o, String field) {
        return o.get(field) instanceof JsonNumber n ? (float) n.doubleValue() : null;
    }

    private static List<String> candidates(JsonArray candidates) {
        if (candidates == null) {
            return List.of();
        }
        List<String> plates = new ArrayList<>();
        for (JsonValue c : candidates) {
            if (c instanceof JsonObject candidate && string(candidate, "plate") != null) {
                plates.add(string(candidate, "plate"));
            }
        }
        return plates;
    }

    /** The agent lists vehicle attributes best first, each with a confidence; the first is the one kept. */
    private static String best(JsonObject vehicle, String attribute) {
        JsonArray guesses = array(vehicle, attribute);
        if (guesses == null || guesses.isEmpty() || !(guesses.get(0) instanceof JsonObject first)) {
            return null;
        }
        String name = string(first, "name");
        return name == null ? string(first, "value") : name;
    }

    private static String required(JsonObject o, String field) {
        String value = string(o, field);
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException(field + " is required");
        }
        return value;
    }

    private static String string(JsonObject o, String field) {
        return o.get(field) instanceof JsonString s ? s.getString() : null;
    }

    private static JsonObject object(JsonObject o, String field) {
        return o.get(field) instanceof JsonObject value ? value : null;
    }

    private static JsonArray array(JsonObject o, String field) {
        return o.get(field) instanceof JsonArray value ? value : null;
    }
}
