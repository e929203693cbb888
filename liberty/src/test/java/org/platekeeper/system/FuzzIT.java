package org.platekeeper.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.platekeeper.system.TestUsers.User;

/**
 * Malformed requests against every operation of the OpenAPI document (PC-A1): broken and hostile JSON, bytes that
 * are not text, wrong media types, broken multipart and forms, odd query parameters and headers, each sent by a
 * caller that passes the role checks. None may answer 5xx, and none may store anything. The CI run sends about a
 * thousand (a fixed seed, so a failure repeats); {@code -Dplatekeeper.fuzz.rounds=10} sends ten times as many.
 */
@DisplayName("Fuzzing: malformed requests against every operation")
class FuzzIT {

    private static final int ROUNDS = Integer.getInteger("platekeeper.fuzz.rounds", 1);
    private static final long SEED = Long.getLong("platekeeper.fuzz.seed", 20261201L);

    /** What the fuzzing must not reach: its own password, whose wrong guesses would lock the account it uses. */
    private static final List<String> LEFT_OUT = List.of("PUT /api/v1/me/password");

    /** The tables a malformed request must leave as they were. */
    private static final List<String> TABLES = List.of("user_account", "camera", "hot_list", "hot_list_entry",
            "plate_read", "alert", "legal_hold", "historical_search", "sharing_agreement", "partner_agency",
            "records_request", "sensitive_location", "legal_release", "api_token", "misuse_case", "audit_finding",
            "generated_report");

    private record Payload(String name, String contentType, byte[] body) {

        static Payload text(String name, String contentType, String body) {
            return new Payload(name, contentType, body.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The payloads for one operation; null content type means the operation's own. */
    private static List<Payload> payloads(Random random) {
        byte[] noise = new byte[64 + random.nextInt(2048)];
        random.nextBytes(noise);
        byte[] badUtf8 = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'};
        byte[] jpegHeaderThenNoise = new byte[512];
        random.nextBytes(jpegHeaderThenNoise);
        jpegHeaderThenNoise[0] = (byte) 0xFF;
        jpegHeaderThenNoise[1] = (byte) 0xD8;
        jpegHeaderThenNoise[2] = (byte) 0xFF;
        String word = "x".repeat(1 + random.nextInt(40_000));
        return List.of(
                Payload.text("truncated JSON", "application/json", "{\"name\":\"a"),
                Payload.text("NUL in text", "application/json", "{\"name\":\"a\\u0000b\",\"plate\":\"\\u0000\"}"),
                Payload.text("deep nesting", "application/json", "{\"a\":" + "[".repeat(3000) + "]".repeat(3000) + "}"),
                Payload.text("long text", "application/json", "{\"note\":\"" + word + "\",\"reason\":\"" + word + "\"}"),
                Payload.text("wrong types", "application/json",
                        "{\"id\":[],\"name\":{},\"roles\":7,\"limit\":\"x\",\"capturedAt\":true,\"latitude\":\"n\"}"),
                Payload.text("huge numbers", "application/json",
                        "{\"latitude\":1e400,\"longitude\":-1e400,\"limit\":99999999999999999999999,\"days\":-1}"),
                Payload.text("array", "application/json", "[1,\"two\",null,{},[]]"),
                Payload.text("null", "application/json", "null"),
                Payload.text("empty", "application/json", ""),
                Payload.text("lone surrogate", "application/json", "{\"name\":\"\\ud800\",\"plate\":\"\\udfff\"}"),
                Payload.text("control characters", "application/json",
                        "{\"name\":\"a\\u0001\\u001b[31m\\u202e\\ufeff\\n\\r\",\"state\":\"\\u0000\\u0000\"}"),
                new Payload("invalid UTF-8", "application/json", badUtf8),
                new Payload("noise", null, noise),
                new Payload("noise as JSON", "application/json", noise),
                Payload.text("XML", "application/json", "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY e SYSTEM "
                        + "\"file:///etc/passwd\">]><a>&e;</a>"),
                Payload.text("broken multipart", "multipart/form-data; boundary=zz", "--zz\r\nContent-Disposition: "
                        + "form-data; name=\"image\"\r\n\r\n\u0000\u0001--z"),
                Payload.text("multipart without boundary", "multipart/form-data", "--zz\r\n\r\n"),
                Payload.text("broken form", "application/x-www-form-urlencoded", "%%%=%zz&passphrase=%&recipient"),
                new Payload("JPEG header, then noise", "image/jpeg", jpegHeaderThenNoise),
                Payload.text("wrong charset", "application/json; charset=nonsense-9", "{\"name\":\"a\"}"),
                Payload.text("odd media type", "application/vnd.unknown+json;;;", "{}"));
    }

    private static final String[] ODD_QUERIES = {"?limit=-1", "?limit=99999999999", "?from=yesterday&to=%25zz",
        "?plate=%00", "?kind=%ff%fe", "?offset=1e9&limit=NaN", "?recipient=" + "r".repeat(3000), "?all=maybe",
        "?partner=not-a-uuid&outcome=SOMETIMES", "?q=%25u0000"};

    private static int count(String table) throws SQLException {
        return Integer.parseInt(Database.column("select count(*)::text from " + table).get(0));
    }

    @Test
    @DisplayName("PC-A1 OD-R4 malformed requests against every operation answer 4xx, never 5xx, store nothing, and leave the server healthy")
    void noServerErrors() throws Exception {
        User everyRole = TestUsers.trained("ADMINISTRATOR", "OFFICER", "INVESTIGATOR", "SUPERVISOR", "RECORDS_CLERK",
                "AUDITOR", "COMMAND_STAFF");
        CameraIngestIT.RegisteredCamera camera = CameraIngestIT.fixedCamera();
        Map<String, OpenApiOperations.Probe> operations = OpenApiOperations.all();
        List<Integer> before = new ArrayList<>();
        for (String table : TABLES) {
            before.add(count(table));
        }
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (Map.Entry<String, OpenApiOperations.Probe> operation : operations.entrySet()) {
                if (LEFT_OUT.contains(operation.getKey())) {
                    continue;
                }
                String method = operation.getKey().substring(0, operation.getKey().indexOf(' '));
                OpenApiOperations.Probe probe = operation.getValue();
                boolean ingest = probe.path().startsWith("/api/v1/reads");
                Function<HttpRequest.Builder, HttpRequest.Builder> signedIn = ingest
                        ? b -> b.header("Authorization", "Bearer " + camera.token()) : b -> b;
                List<Payload> payloads = payloads(random);
                int perOperation = "GET".equals(method) || "DELETE".equals(method) ? 3 : 8;
                for (int i = 0; i < perOperation; i++) {
                    Payload payload = payloads.get(random.nextInt(payloads.size()));
                    String path = probe.path() + ODD_QUERIES[random.nextInt(ODD_QUERIES.length)];
                    HttpRequest.Builder request = signedIn.apply(Api.request(path, ingest ? null : everyRole.name(),
                            ingest ? null : everyRole.password())).setHeader("Accept", random.nextBoolean() ? "*/*"
                            : "application/json");
                    String contentType = payload.contentType() == null ? probe.contentType() : payload.contentType();
                    Api.Answer answer = Api.send(switch (method) {
                        case "GET" -> request.GET();
                        case "DELETE" -> request.DELETE();
                        default -> request.header("Content-Type", contentType)
                                .method(method, HttpRequest.BodyPublishers.ofByteArray(payload.body()));
                    });
                    sent++;
                    if (answer.status() >= 500) {
                        failures.add(answer.status() + " " + method + " " + path.substring(0, Math.min(path.length(),
                                120)) + " with " + payload.name() + " (" + contentType + "): "
                                + answer.body().substring(0, Math.min(answer.body().length(), 200)));
                    }
                }
            }
        }
        System.out.printf("fuzzing: %d requests, %d answered 5xx, seed %d%n", sent, failures.size(), SEED);
        failures.forEach(System.out::println);
        assertThat(sent).as("requests sent").isGreaterThanOrEqualTo(700 * ROUNDS);
        assertThat(failures).as(failures.size() + " of " + sent + " requests answered 5xx").isEmpty();
        for (int i = 0; i < TABLES.size(); i++) {
            assertThat(count(TABLES.get(i))).as("rows in " + TABLES.get(i)).isEqualTo(before.get(i));
        }
        assertThat(Api.get("/health/ready", null, null).status()).isEqualTo(200);
        assertThat(Api.get("/api/v1/me", everyRole.name(), everyRole.password()).status()).isEqualTo(200);
    }
}
