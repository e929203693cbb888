package org.platekeeper.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.StringJoiner;

import javax.imageio.ImageIO;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.platekeeper.system.TestUsers.User;

@DisplayName("Cameras and read ingest")
class CameraIngestIT {

    private static User admin;
    private static final String JPEG = Base64.getEncoder().encodeToString(jpeg());

    /** The administrator who registers cameras, also for the other system tests, which may run alone. */
    private static User admin() {
        if (admin == null) {
            admin = TestUsers.trained("ADMINISTRATOR");
        }
        return admin;
    }

    record RegisteredCamera(String id, String token) {
    }

    static RegisteredCamera register(String type, String extra) {
        String name = type.toLowerCase() + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Api.Answer answer = Api.post("/api/v1/cameras", admin().name(), admin().password(),
                "{\"name\":\"" + name + "\",\"type\":\"" + type + "\"" + extra + "}");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return new RegisteredCamera(answer.json().getJsonObject("camera").getString("id"),
                answer.json().getString("token"));
    }

    static RegisteredCamera fixedCamera() {
        return register("FIXED", ",\"location\":\"Main St & 5th\",\"latitude\":36.3084,\"longitude\":-95.3166");
    }

    static Api.Answer send(RegisteredCamera camera, String json) {
        return Api.send(Api.request("/api/v1/reads", null, null).header("Authorization", "Bearer " + camera.token())
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)));
    }

    static String read(String plate, OffsetDateTime at, String more) {
        return "{\"plate\":\"" + plate + "\",\"state\":\"OK\",\"capturedAt\":\"" + at + "\",\"confidence\":91.5"
                + ",\"candidates\":[\"" + plate + "\"],\"plateImage\":\"" + JPEG + "\"" + more + "}";
    }

    static OffsetDateTime minutesAgo(long minutes) {
        return OffsetDateTime.now(ZoneOffset.ofHours(-6)).minusMinutes(minutes).truncatedTo(ChronoUnit.MILLIS);
    }

    @Test
    @DisplayName("PC-C1 OD-R5 ingest and purge judge retention by one rule: a read from the first kept agency day is stored, one from the day before is refused")
    void retentionBoundary() {
        RegisteredCamera camera = fixedCamera();
        java.time.ZoneId agency = java.time.ZoneId.of("America/Chicago");
        java.time.LocalDate firstKeptDay = java.time.LocalDate.now(agency).minusDays(30);
        OffsetDateTime earlyOnFirstKeptDay = firstKeptDay.atTime(0, 30).atZone(agency).toOffsetDateTime();
        OffsetDateTime lateTheDayBefore = firstKeptDay.minusDays(1).atTime(23, 30).atZone(agency).toOffsetDateTime();
        Api.Answer kept = send(camera, read(HotListFixtures.uniquePlate(), earlyOnFirstKeptDay, ""));
        assertThat(kept.status()).as(kept.toString()).isEqualTo(201);
        Api.Answer refused = send(camera, read(HotListFixtures.uniquePlate(), lateTheDayBefore, ""));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getString("message")).contains("older than the 30-day retention");
    }

    @Test
    @DisplayName("PC-A1 a read is stored with plate, state, time, place, camera and its plate image")
    void storesRead() throws SQLException {
        RegisteredCamera camera = fixedCamera();
        OffsetDateTime at = minutesAgo(3);
        Api.Answer answer = send(camera, read("abc-1234", at, ",\"vehicle\":{\"make\":\"Ford\",\"colour\":\"blue\","
                + "\"bodyType\":\"pickup\"}"));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        String id = answer.json().getJsonArray("ids").getString(0);

        try (Connection c = Database.connect(); PreparedStatement p = c.prepareStatement(
                "select r.plate, r.plate_as_read, r.state, r.captured_at, r.latitude, r.longitude, r.camera_id::text,"
                        + " r.vehicle_make, length(i.jpeg) from plate_read r join plate_read_image i"
                        + " on i.read_id = r.id and i.kind = 'PLATE' where r.id = ?::uuid")) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo("ABC1234");
                assertThat(r.getString(2)).isEqualTo("abc-1234");
                assertThat(r.getString(3)).isEqualTo("OK");
                assertThat(r.getTimestamp(4).toInstant()).isEqualTo(at.toInstant());
                assertThat(r.getDouble(5)).as("a fixed camera's read takes its place").isEqualTo(36.3084);
                assertThat(r.getDouble(6)).isEqualTo(-95.3166);
                assertThat(r.getString(7)).isEqualTo(camera.id());
                assertThat(r.getString(8)).isEqualTo("Ford");
                assertThat(r.getInt(9)).isEqualTo(Base64.getDecoder().decode(JPEG).length);
            }
        }
    }

    @Test
    @DisplayName("PC-B2 a mobile camera on a patrol car sends reads with its own position")
    void mobileCamera() throws SQLException {
        RegisteredCamera car = register("MOBILE", ",\"vehicle\":\"Unit 14\"");
        Api.Answer missing = send(car, read("MOB1", minutesAgo(2), ""));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().getString("message")).contains("latitude");
        Api.Answer ok = send(car, read("MOB1", minutesAgo(2), ",\"latitude\":36.31,\"longitude\":-95.30"));
        assertThat(ok.status()).isEqualTo(201);
        assertThat(count(car)).isEqualTo(1);
        try (Connection c = Database.connect(); PreparedStatement p = c.prepareStatement(
                "select latitude, longitude from plate_read where camera_id = ?::uuid")) {
            p.setString(1, car.id());
            try (ResultSet r = p.executeQuery()) {
                assertThat(r.next()).isTrue();
                assertThat(r.getDouble(1)).as("the car's own position is stored").isEqualTo(36.31);
                assertThat(r.getDouble(2)).isEqualTo(-95.30);
            }
        }
    }

    @Test
    @DisplayName("PC-B2 a portable camera's deployments are kept, and its reads take the place of the deployment in force")
    void portableDeployments() throws SQLException {
        RegisteredCamera trailer = register("PORTABLE", ",\"location\":\"Main St & 5th\",\"latitude\":36.3084,"
                + "\"longitude\":-95.3166");
        Api.Answer moved = Api.post("/api/v1/cameras/" + trailer.id() + "/deployments", admin().name(),
                admin().password(), "{\"location\":\"Elm St school zone\",\"latitude\":36.3200,\"longitude\":"
                        + "-95.3300}");
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        Api.Answer history = Api.get("/api/v1/cameras/" + trailer.id() + "/deployments", admin().name(),
                admin().password());
        assertThat(history.array().toString()).contains("Elm St school zone");
        assertThat(send(trailer, read(HotListFixtures.uniquePlate(), minutesAgo(1), "")).status()).isEqualTo(201);
        try (Connection c = Database.connect(); PreparedStatement p = c.prepareStatement(
                "select latitude, longitude from plate_read where camera_id = ?::uuid")) {
            p.setString(1, trailer.id());
            try (ResultSet r = p.executeQuery()) {
                assertThat(r.next()).isTrue();
                assertThat(r.getDouble(1)).as("the new deployment's place").isEqualTo(36.32);
                assertThat(r.getDouble(2)).isEqualTo(-95.33);
            }
        }
    }

    @Test
    @DisplayName("OD-D1 a fixed camera needs its place and a mobile camera its vehicle")
    void cameraTypes() {
        Api.Answer fixed = Api.post("/api/v1/cameras", admin().name(), admin().password(),
                "{\"name\":\"nowhere-" + System.nanoTime() + "\",\"type\":\"FIXED\"}");
        assertThat(fixed.status()).isEqualTo(400);
        Api.Answer mobile = Api.post("/api/v1/cameras", admin().name(), admin().password(),
                "{\"name\":\"car-" + System.nanoTime() + "\",\"type\":\"MOBILE\"}");
        assertThat(mobile.status()).isEqualTo(400);
        assertThat(mobile.json().getString("message")).contains("vehicle");
        Api.Answer unknown = Api.post("/api/v1/cameras", admin().name(), admin().password(),
                "{\"name\":\"drone-" + System.nanoTime() + "\",\"type\":\"DRONE\"}");
        assertThat(unknown.status()).isEqualTo(400);
    }

    @Test
    @DisplayName("a batch is stored all together and answers every id in order")
    void batch() throws SQLException {
        RegisteredCamera camera = fixedCamera();
        StringJoiner batch = new StringJoiner(",", "[", "]");
        for (int i = 0; i < 25; i++) {
            batch.add(read("BAT" + i, minutesAgo(10 + i), ""));
        }
        Api.Answer answer = send(camera, batch.toString());
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        assertThat(answer.json().getJsonArray("ids")).hasSize(25);
        assertThat(count(camera)).isEqualTo(25);
    }

    @Test
    @DisplayName("sending the same read again stores nothing new and answers the first id")
    void idempotent() throws SQLException {
        RegisteredCamera camera = fixedCamera();
        String json = read("DUP123", minutesAgo(4), "");
        JsonObject first = send(camera, json).json();
        JsonObject again = send(camera, json).json();
        assertThat(again.getJsonArray("ids")).isEqualTo(first.getJsonArray("ids"));
        assertThat(again.getInt("duplicates")).isEqualTo(1);
        assertThat(count(camera)).isEqualTo(1);
    }

    @Test
    @DisplayName("OD-P3 reads from an unknown token or a revoked camera are refused with 401 and counted")
    void unregisteredRefused() throws SQLException {
        RegisteredCamera stranger = new RegisteredCamera("none", "pk_not-a-real-token");
        Api.Answer unknown = send(stranger, read("ZZZ999", minutesAgo(1), ""));
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.json().getString("message")).contains("OD-P3");

        RegisteredCamera camera = fixedCamera();
        assertThat(Api.post("/api/v1/cameras/" + camera.id() + "/revoke", admin().name(), admin().password(), "")
                .status()).isEqualTo(200);
        assertThat(send(camera, read("REV1", minutesAgo(1), "")).status()).isEqualTo(401);
        assertThat(count(camera)).isZero();
        assertThat(Api.get("/api/v1/cameras/" + camera.id(), admin().name(), admin().password()).json()
                .getJsonNumber("refusedReads").longValue()).isEqualTo(1);
        Api.Answer metrics = Api.metrics(Api.METRICS_USER, Api.METRICS_PASSWORD);
        assertThat(metrics.body()).contains("platekeeper_camera_requests_refused_total");
    }

    @Test
    @DisplayName("a rotated token replaces the old one at once")
    void rotation() {
        RegisteredCamera camera = fixedCamera();
        Api.Answer rotated = Api.post("/api/v1/cameras/" + camera.id() + "/token", admin().name(), admin().password(), "");
        String fresh = rotated.json().getString("token");
        assertThat(fresh).isNotEqualTo(camera.token());
        assertThat(send(camera, read("ROT1", minutesAgo(1), "")).status()).isEqualTo(401);
        assertThat(send(new RegisteredCamera(camera.id(), fresh), read("ROT1", minutesAgo(1), "")).status())
                .isEqualTo(201);
    }

    @Test
    @DisplayName("OD-U2 a read cannot carry a speed, and the store has nowhere to keep one")
    void noSpeed() throws SQLException {
        RegisteredCamera camera = fixedCamera();
        Api.Answer answer = send(camera, read("SPD1", minutesAgo(1), ",\"speed\":57"));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().getString("message")).contains("speed");
        try (Connection c = Database.connect(); PreparedStatement p = c.prepareStatement(
                "select count(*) from information_schema.columns where column_name like '%speed%'")) {
            try (ResultSet r = p.executeQuery()) {
                r.next();
                assertThat(r.getInt(1)).isZero();
            }
        }
    }

    @Test
    @DisplayName("bad reads are refused with a 4xx naming the problem, and a bad read refuses its whole batch")
    void badReads() throws SQLException {
        RegisteredCamera camera = fixedCamera();
        assertRefused(camera, "{\"plate\":\"AB", 400, "JSON");
        assertRefused(camera, read("", minutesAgo(1), ""), 400, "plate");
        assertRefused(camera, read("ABC123", minutesAgo(1), "").replace("\"OK\"", "\"XX\""), 400, "state");
        assertRefused(camera, read("ABC123", OffsetDateTime.now().plusHours(2), ""), 400, "future");
        assertRefused(camera, read("ABC123", OffsetDateTime.now().minusDays(31), ""), 400, "retention");
        assertRefused(camera, read("ABC123", minutesAgo(1), "").replace("T", " "), 400, "");
        String mixed = "[" + read("GOOD1", minutesAgo(1), "") + "," + read("BAD!", minutesAgo(1), "") + "]";
        assertRefused(camera, mixed, 400, "read 1");
        assertRefused(camera, "[]", 400, "no reads");
        assertThat(count(camera)).as("nothing from the refused requests was stored").isZero();
    }

    @Test
    @DisplayName("PC-A1 a read whose image is damaged, not a JPEG, not base64 or too large is stored and matched without it: 202 names each image dropped and why, and the camera counts them")
    void damagedImagesNeverCostARead() throws SQLException {
        User officer = TestUsers.trained("OFFICER");
        String list = HotListFixtures.createList(admin(), "STOLEN_VEHICLE", "LOCAL");
        String wanted = HotListFixtures.uniquePlate();
        HotListFixtures.importFile(admin(), list, "GENERIC_CSV", "plate,state,reason\n" + wanted
                + ",OK,Stolen from a car park\n");
        RegisteredCamera camera = fixedCamera();
        byte[] whole = Base64.getDecoder().decode(JPEG);
        String truncated = Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(whole, whole.length / 2));
        byte[] huge = new byte[2 * 1024 * 1024 + 10];
        huge[0] = (byte) 0xFF;
        huge[1] = (byte) 0xD8;
        String batch = "[" + read(wanted, minutesAgo(1), ",\"vehicleImage\":\"" + truncated + "\"") + ","
                + read(HotListFixtures.uniquePlate(), minutesAgo(1), "").replace(JPEG, "%%%not base64%%%") + ","
                + read(HotListFixtures.uniquePlate(), minutesAgo(1), "").replace(JPEG,
                        Base64.getEncoder().encodeToString("GIF89a not a jpeg".getBytes())) + ","
                + read(HotListFixtures.uniquePlate(), minutesAgo(1), "").replace(JPEG,
                        Base64.getEncoder().encodeToString(huge)) + "]";
        Api.Answer answer = send(camera, batch);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(202);
        assertThat(answer.json().getJsonArray("ids")).hasSize(4);
        assertThat(answer.json().getJsonArray("droppedImages").stream().map(JsonObject.class::cast)
                .map(d -> d.getInt("read") + " " + d.getString("field") + " " + d.getString("reason")))
                .satisfiesExactly(
                        d -> assertThat(d).startsWith("0 vehicleImage").contains("not a whole JPEG"),
                        d -> assertThat(d).startsWith("1 plateImage").contains("base64"),
                        d -> assertThat(d).startsWith("2 plateImage").contains("not a whole JPEG"),
                        d -> assertThat(d).startsWith("3 plateImage").contains("larger than"));
        assertThat(count(camera)).as("every read stored").isEqualTo(4);
        String first = answer.json().getJsonArray("ids").getString(0);
        assertThat(Database.column("select kind from plate_read_image where read_id = ?::uuid", first))
                .as("the whole plate image kept, the damaged vehicle image not").containsExactly("PLATE");
        assertThat(Api.get("/api/v1/alerts?all=true", officer.name(), officer.password()).array().stream()
                .map(JsonObject.class::cast).filter(a -> a.getString("readId").equals(first)).count())
                .as("the hit is raised all the same").isEqualTo(1);
        assertThat(Api.get("/api/v1/cameras/" + camera.id(), admin().name(), admin().password()).json()
                .getJsonNumber("droppedImages").longValue()).isEqualTo(4);
        assertThat(send(camera, read(HotListFixtures.uniquePlate(), minutesAgo(1), "")).status())
                .as("a read with whole images is still a 201").isEqualTo(201);
    }

    @Test
    @DisplayName("OD-P3 people cannot send reads, and a camera's token signs in nowhere but ingest")
    void separateDoors() {
        User officer = TestUsers.trained("OFFICER");
        assertThat(Api.post("/api/v1/reads", officer.name(), officer.password(), read("X1", minutesAgo(1), ""))
                .status()).isEqualTo(403);
        RegisteredCamera camera = fixedCamera();
        for (String path : new String[] {"/api/v1/users", "/api/v1/me", "/console/index.xhtml",
                "/api/v1/reads/../../console/index.xhtml"}) {
            Api.Answer answer = Api.send(Api.request(path, null, null)
                    .header("Authorization", "Bearer " + camera.token()).GET());
            assertThat(answer.status()).as("camera token on " + path).isEqualTo(401);
            assertThat(answer.json().getString("message")).contains("only for sending reads");
        }
    }

    private static void assertRefused(RegisteredCamera camera, String json, int status, String mention) {
        Api.Answer answer = send(camera, json);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.json().getString("message")).containsIgnoringCase(mention);
    }

    static Api.Answer sendAgent(RegisteredCamera camera, byte[] body) {
        return Api.send(Api.request("/api/v1/reads/openalpr", null, null)
                .header("Authorization", "Bearer " + camera.token()).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private static byte[] withByteOrderMark(String json) {
        byte[] text = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] body = new byte[text.length + 3];
        body[0] = (byte) 0xEF;
        body[1] = (byte) 0xBB;
        body[2] = (byte) 0xBF;
        System.arraycopy(text, 0, body, 3, text.length);
        return body;
    }

    @Test
    @DisplayName("PC-A1 an OpenALPR agent's alpr_group, with its byte-order mark, is stored with state, place and images")
    void openAlprGroup() throws SQLException {
        RegisteredCamera agent = fixedCamera();
        long epochMillis = minutesAgo(1).toInstant().toEpochMilli();
        Api.Answer answer = sendAgent(agent, withByteOrderMark("""
                {"data_type":"alpr_group","version":2,"epoch_start":%d,"epoch_end":%d,
                 "best_plate_number":"OAG123","best_confidence":90.5,"best_region":"us-in",
                 "gps_latitude":39.7684,"gps_longitude":-86.1581,"travel_direction":90,"speed_estimate":41.2,
                 "best_plate":{"plate":"OAG123","plate_crop_jpeg":"%s"},"vehicle_crop_jpeg":"%s",
                 "vehicle":{"color":[{"name":"red","confidence":88}],"make":[{"name":"honda","confidence":70}],
                            "body_type":[{"name":"sedan","confidence":60}]},
                 "candidates":[{"plate":"OAG123","confidence":90.5},{"plate":"0AG123","confidence":80}]}
                """.formatted(epochMillis, epochMillis + 900, JPEG, JPEG)));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        String id = answer.json().getJsonArray("ids").getString(0);
        try (Connection c = Database.connect(); PreparedStatement p = c.prepareStatement(
                "select r.plate, r.state, r.latitude, r.vehicle_colour, array_length(r.candidates, 1),"
                        + " (select count(*) from plate_read_image i where i.read_id = r.id)"
                        + " from plate_read r where r.id = ?::uuid")) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo("OAG123");
                assertThat(r.getString(2)).isEqualTo("IN");
                assertThat(r.getDouble(3)).isEqualTo(39.7684);
                assertThat(r.getString(4)).isEqualTo("red");
                assertThat(r.getInt(5)).isEqualTo(2);
                assertThat(r.getInt(6)).as("plate crop and vehicle image").isEqualTo(2);
            }
        }
    }

    @Test
    @DisplayName("an agent's alpr_results stores every plate of the frame, and a heartbeat stores nothing")
    void openAlprResultsAndHeartbeat() throws SQLException {
        RegisteredCamera agent = fixedCamera();
        long epochMillis = minutesAgo(1).toInstant().toEpochMilli();
        Api.Answer results = sendAgent(agent, ("{\"data_type\":\"alpr_results\",\"epoch_time\":" + epochMillis
                + ",\"results\":[{\"plate\":\"RES111\",\"confidence\":88,\"region\":\"us-mo\"},"
                + "{\"plate\":\"RES222\",\"confidence\":77,\"region\":\"us-ks\"}]}").getBytes());
        assertThat(results.status()).as(results.toString()).isEqualTo(201);
        assertThat(results.json().getJsonArray("ids")).hasSize(2);
        Api.Answer heartbeat = sendAgent(agent, withByteOrderMark("{\"data_type\":\"heartbeat\","
                + "\"agent_uid\":\"abc\",\"video_streams\":[]}"));
        assertThat(heartbeat.status()).isEqualTo(200);
        assertThat(count(agent)).isEqualTo(2);
    }

    @Test
    @DisplayName("bad agent messages get a 400 naming the problem and store nothing")
    void badAgentMessages() throws SQLException {
        RegisteredCamera agent = fixedCamera();
        long epochMillis = minutesAgo(1).toInstant().toEpochMilli();
        Api.Answer unknownType = sendAgent(agent, "{\"data_type\":\"alpr_video\"}".getBytes());
        assertThat(unknownType.status()).isEqualTo(400);
        assertThat(unknownType.json().getString("message")).contains("alpr_video");
        assertThat(sendAgent(agent, "{\"data_type\":\"alpr_group\"".getBytes()).status()).isEqualTo(400);
        Api.Answer badState = sendAgent(agent, ("{\"data_type\":\"alpr_group\",\"epoch_start\":" + epochMillis
                + ",\"best_plate_number\":\"BAD1\",\"best_region\":\"us-xx\"}").getBytes());
        assertThat(badState.status()).isEqualTo(400);
        assertThat(badState.json().getString("message")).contains("state");
        Api.Answer results = sendAgent(agent, ("{\"data_type\":\"alpr_results\",\"epoch_time\":" + epochMillis
                + ",\"results\":[{\"plate\":\"OK111\"},{\"plate\":\"\"}]}").getBytes());
        assertThat(results.status()).as("one bad plate refuses the frame").isEqualTo(400);
        assertThat(count(agent)).isZero();
    }

    /** A plate drawn here, as a camera without recognition would photograph it. */
    static byte[] plateImage(String text) throws IOException {
        return plateImage(text, null);
    }

    /** A plate drawn here with the state's name printed above the characters. */
    static byte[] plateImage(String text, String stateName) throws IOException {
        BufferedImage image = new BufferedImage(300, 150, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING,
                java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new java.awt.Color(235, 235, 228));
        g.fillRect(0, 0, 300, 150);
        g.setColor(new java.awt.Color(30, 50, 110));
        g.setStroke(new java.awt.BasicStroke(5));
        g.drawRoundRect(8, 8, 284, 134, 14, 14);
        if (stateName != null) {
            g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 18));
            g.drawString(stateName, 150 - g.getFontMetrics().stringWidth(stateName) / 2, 36);
        }
        g.setColor(java.awt.Color.BLACK);
        g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 48));
        g.drawString(text, 150 - g.getFontMetrics().stringWidth(text) / 2, 100);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    private static Api.Answer sendImage(RegisteredCamera camera, byte[] body, String contentType) {
        return Api.send(Api.request("/api/v1/reads/image?state=MO&capturedAt=" + minutesAgo(1).toString()
                        .replace("+", "%2B"), null, null)
                .header("Authorization", "Bearer " + camera.token()).header("Content-Type", contentType)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    @Test
    @DisplayName("PC-A1 a JPEG from a camera without recognition is read by the server and stored with its plate crop")
    void imageIngest() throws Exception {
        RegisteredCamera sender = fixedCamera();
        Api.Answer answer = sendImage(sender, plateImage("KTX4729"), "image/jpeg");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        assertThat(answer.json().getJsonArray("plates").getString(0)).isEqualTo("KTX4729");
        String id = answer.json().getJsonArray("ids").getString(0);
        try (Connection c = Database.connect(); PreparedStatement p = c.prepareStatement(
                "select r.plate, r.state, (select count(*) from plate_read_image i where i.read_id = r.id)"
                        + " from plate_read r where r.id = ?::uuid")) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo("KTX4729");
                assertThat(r.getString(2)).isEqualTo("MO");
                assertThat(r.getInt(3)).as("the plate crop and the picture").isEqualTo(2);
            }
        }

        String boundary = "platekeeper-test-boundary";
        ByteArrayOutputStream form = new ByteArrayOutputStream();
        form.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"state\"\r\n\r\nKS\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"image\"; filename=\"car.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        form.write(plateImage("HRW5813"));
        form.write(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Api.Answer multipart = sendImage(sender, form.toByteArray(), "multipart/form-data; boundary=" + boundary);
        assertThat(multipart.status()).as(multipart.toString()).isEqualTo(201);
        assertThat(multipart.json().getJsonArray("plates").getString(0)).isEqualTo("HRW5813");
    }

    @Test
    @DisplayName("PC-A1 a picture sent without a state is stored with the state printed on the plate")
    void imageIngestReadsTheState() throws Exception {
        RegisteredCamera sender = fixedCamera();
        Api.Answer answer = Api.send(Api.request("/api/v1/reads/image", null, null)
                .header("Authorization", "Bearer " + sender.token()).header("Content-Type", "image/jpeg")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(plateImage("NBE3061", "KANSAS"))));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        String id = answer.json().getJsonArray("ids").getString(0);
        try (Connection c = Database.connect();
             PreparedStatement p = c.prepareStatement("select state from plate_read where id = ?::uuid")) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo("KS");
            }
        }
    }

    /**
     * A 1280x720 street as a fixed camera frames it: buildings with windows, a shop sign with lettering, a car's rear
     * and on it the plate, 130 px wide with its top left corner at (700, 470).
     */
    static byte[] streetFrame(String plate) throws IOException {
        BufferedImage frame = new BufferedImage(1280, 720, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = frame.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING,
                java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new java.awt.Color(190, 200, 210));
        g.fillRect(0, 0, 1280, 720);
        for (int x = 0; x < 1280; x += 200) {
            g.setColor(new java.awt.Color(120 + x % 70, 110, 100));
            g.fillRect(x, 60 + x % 90, 180, 340 - x % 90);
            g.setColor(new java.awt.Color(40, 45, 55));
            for (int y = 90 + x % 90; y < 380; y += 50) {
                for (int w = x + 20; w < x + 160; w += 45) {
                    g.fillRect(w, y, 25, 30);
                }
            }
        }
        g.setColor(new java.awt.Color(70, 70, 70));
        g.fillRect(0, 400, 1280, 320);
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(100, 290, 400, 60);
        g.setColor(new java.awt.Color(20, 20, 20));
        g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 40));
        g.drawString("PHARMACY 24H", 112, 334);
        g.setColor(new java.awt.Color(30, 60, 140));
        g.fillRect(560, 380, 400, 250);
        g.drawImage(ImageIO.read(new java.io.ByteArrayInputStream(plateImage(plate))), 700, 470, 130, 65, null);
        g.dispose();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(frame, "jpg", jpeg);
        return jpeg.toByteArray();
    }

    @Test
    @DisplayName("PC-A1 a whole camera frame: the plate locator finds the plate in the street and the read is stored; the recogniser trial shows where it looked")
    void frameIngest() throws Exception {
        byte[] frame = streetFrame("KRW3952");
        Api.Answer answer = sendImage(fixedCamera(), frame, "image/jpeg");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        assertThat(answer.json().getJsonArray("plates").getString(0)).isEqualTo("KRW3952");

        Api.Answer trial = Api.send("POST", "/api/v1/recognition?name=street.jpg", admin().name(), admin().password(),
                "image/jpeg", frame);
        assertThat(trial.status()).as(trial.toString()).isEqualTo(200);
        JsonObject strongest = trial.json().getJsonArray("proposals").getJsonObject(0);
        assertThat(strongest.getInt("x")).as("the locator's box").isBetween(680, 720);
        assertThat(strongest.getInt("y")).isBetween(455, 485);
        assertThat(strongest.getInt("width")).isBetween(100, 160);
        assertThat(strongest.getJsonNumber("likelihood").doubleValue()).isGreaterThan(0.3).isLessThanOrEqualTo(1);
    }

    @Test
    @DisplayName("OD-R4 an administrator tries the recogniser on a picture: plates, state and box come back, nothing is stored, the trial is audited; other roles are refused")
    void recognitionTrial() throws Exception {
        byte[] picture = plateImage("TKH4372", "KANSAS");
        Api.Answer answer = Api.send("POST", "/api/v1/recognition?name=gate-3.jpg", admin().name(), admin().password(),
                "image/jpeg", picture);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonObject best = answer.json().getJsonArray("plates").getJsonObject(0);
        assertThat(best.getString("plate")).isEqualTo("TKH4372");
        assertThat(best.getString("state")).isEqualTo("KS");
        assertThat(best.getInt("width")).isPositive();
        try (Connection c = Database.connect(); PreparedStatement reads = c.prepareStatement(
                "select count(*) from plate_read where plate = 'TKH4372'");
             PreparedStatement audit = c.prepareStatement("select details from audit_event"
                     + " where action = 'RECOGNITION_TRIED' and object_id = 'gate-3.jpg'")) {
            try (ResultSet r = reads.executeQuery()) {
                assertThat(r.next()).isTrue();
                assertThat(r.getInt(1)).as("reads stored by a trial").isZero();
            }
            try (ResultSet r = audit.executeQuery()) {
                assertThat(r.next()).as("the trial's audit event").isTrue();
                assertThat(r.getString(1)).contains("TKH4372");
            }
        }
        User officer = TestUsers.trained("OFFICER");
        assertThat(Api.send("POST", "/api/v1/recognition", officer.name(), officer.password(), "image/jpeg",
                picture).status()).isEqualTo(403);
        assertThat(Api.send("POST", "/api/v1/recognition", admin().name(), admin().password(), "image/jpeg",
                "not a picture".getBytes()).status()).isEqualTo(415);
    }

    @Test
    @DisplayName("a picture without a plate stores nothing (200, no ids), and bytes that are not a JPEG are a 415")
    void imageWithoutPlate() throws Exception {
        RegisteredCamera sender = fixedCamera();
        BufferedImage sky = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(sky, "jpg", out);
        Api.Answer nothing = sendImage(sender, out.toByteArray(), "image/jpeg");
        assertThat(nothing.status()).isEqualTo(200);
        assertThat(nothing.json().getJsonArray("ids")).isEmpty();
        assertThat(sendImage(sender, "not a picture".getBytes(), "image/jpeg").status()).isEqualTo(415);
        assertThat(count(sender)).isZero();
    }

    @Test
    @DisplayName("PC-A1 a picture whose header claims more pixels than the server decodes is refused with 413 from its header, and the server stays well")
    void tooManyPixels() throws Exception {
        RegisteredCamera sender = fixedCamera();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB), "jpg", out);
        byte[] jpeg = out.toByteArray();
        int frame = 2;
        while (!((jpeg[frame] & 0xFF) == 0xFF && (jpeg[frame + 1] & 0xFF) == 0xC0)) {
            frame++; // the baseline frame header, whose height and width follow its length and precision
        }
        java.nio.ByteBuffer.wrap(jpeg, frame + 5, 4).putShort((short) 9000).putShort((short) 9000);
        Api.Answer refused = sendImage(sender, jpeg, "image/jpeg");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(413);
        assertThat(refused.json().getString("message")).contains("9000×9000", "ALPR_MAX_IMAGE_PIXELS");
        assertThat(count(sender)).isZero();
        assertThat(Api.get("/health/ready", null, null).status()).isEqualTo(200);
    }

    private static int count(RegisteredCamera camera) throws SQLException {
        try (Connection c = Database.connect();
             PreparedStatement p = c.prepareStatement("select count(*) from plate_read where camera_id = ?::uuid")) {
            p.setString(1, camera.id());
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private static byte[] jpeg() {
        BufferedImage image = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.drawString("ABC 1234", 10, 25);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
