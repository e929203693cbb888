package org.platekeeper.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.platekeeper.system.HotListFixtures.createList;
import static org.platekeeper.system.HotListFixtures.importFile;
import static org.platekeeper.system.HotListFixtures.uniquePlate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.platekeeper.system.CameraIngestIT.RegisteredCamera;
import org.platekeeper.system.TestUsers.User;

@DisplayName("Alerts: matching, push and the verification flow")
class AlertsIT {

    /** The WebSocket close code for a policy violation (RFC 6455). */
    private static final int POLICY_VIOLATION = 1008;

    private static User admin;
    private static User officer;
    private static User clerk;
    private static RegisteredCamera camera;
    private static String list;

    @BeforeAll
    static void setUp() {
        admin = TestUsers.trained("ADMINISTRATOR");
        officer = TestUsers.trained("OFFICER");
        clerk = TestUsers.trained("RECORDS_CLERK");
        camera = CameraIngestIT.fixedCamera();
        list = createList(admin, "STOLEN_VEHICLE", "LOCAL");
    }

    /** Puts the plates on the test list (replacing it) and answers them. */
    private static List<String> listed(String... plates) {
        StringBuilder file = new StringBuilder("plate,state,kind,reason,case_number\n");
        for (String plate : plates) {
            file.append(plate).append(",MO,stolen vehicle,Reported stolen overnight,26-4001\n");
        }
        JsonObject report = importFile(admin, list, "GENERIC_CSV", file.toString());
        assertThat(report.getString("status")).isEqualTo("COMPLETED");
        return List.of(plates);
    }

    /** Sends a read with a plate image and answers the one alert it raised. */
    private static JsonObject alertFor(String plate, String state) {
        Api.Answer sent = CameraIngestIT.send(camera, CameraIngestIT.read(plate, CameraIngestIT.minutesAgo(0), "")
                .replace("\"state\":\"OK\"", "\"state\":\"" + state + "\""));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        String readId = sent.json().getJsonArray("ids").getString(0);
        Api.Answer open = Api.get("/api/v1/alerts", officer.name(), officer.password());
        assertThat(open.status()).as(open.toString()).isEqualTo(200);
        return open.array().stream().map(JsonObject.class::cast).filter(a -> a.getString("readId").equals(readId))
                .findFirst().orElseThrow(() -> new AssertionError("no alert for the read of " + plate));
    }

    private static Api.Answer step(JsonObject alert, String step, String json) {
        return Api.post("/api/v1/alerts/" + alert.getString("id") + "/" + step, officer.name(), officer.password(),
                json);
    }

    @Test
    @DisplayName("a read matching a list raises an alert with the entry, its priority and the OD-V3 notice")
    void matchRaisesAlert() {
        String plate = listed(uniquePlate()).get(0);
        JsonObject alert = alertFor(plate, "MO");
        assertThat(alert.getString("status")).isEqualTo("RAISED");
        assertThat(alert.getString("priority")).isEqualTo("HIGH");
        assertThat(alert.getString("matchType")).isEqualTo("EXACT");
        assertThat(alert.getString("entryReason")).isEqualTo("Reported stolen overnight");
        assertThat(alert.getString("entryCaseNumber")).isEqualTo("26-4001");
        assertThat(alert.getString("notice")).contains("not reasonable suspicion");

        Api.Answer image = Api.send(Api.request("/api/v1/alerts/" + alert.getString("id") + "/images/plate",
                officer.name(), officer.password()).header("Accept", "image/jpeg").GET());
        assertThat(image.status()).isEqualTo(200);
        assertThat(image.contentType()).isEqualTo("image/jpeg");
    }

    @Test
    @DisplayName("a read whose characters are easily confused with a listed plate raises a lower-confidence alert")
    void ocrSimilar() {
        String plate = "KX" + uniquePlate().substring(0, 3) + "0B";
        listed(plate);
        JsonObject alert = alertFor(plate.replace("0B", "O8"), "MO");
        assertThat(alert.getString("matchType")).isEqualTo("OCR_SIMILAR");
        assertThat(alert.getString("entryPlate")).isEqualTo(plate);
    }

    @Test
    @DisplayName("OD-V1 OD-V2 OD-V3 OD-V4 acknowledge, check by eye, verify with NCIC, close with an arrest; each step audited")
    void fullFlow() throws SQLException {
        String plate = listed(uniquePlate()).get(0);
        JsonObject alert = alertFor(plate, "MO");

        assertThat(step(alert, "acknowledge", "").json().getString("status")).isEqualTo("ACKNOWLEDGED");
        Api.Answer checked = step(alert, "visual-check", "{\"charactersMatch\":true,\"stateMatch\":true}");
        assertThat(checked.json().getString("status")).isEqualTo("VERIFIED");
        Api.Answer verified = step(alert, "source-check", "{\"source\":\"NCIC\",\"stillValid\":true,"
                + "\"note\":\"Entry active, vehicle still stolen\"}");
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        assertThat(verified.json().getString("status")).isEqualTo("CONFIRMED");
        assertThat(verified.json().getString("verificationSource")).isEqualTo("NCIC");
        assertThat(verified.json().getString("verifiedWithSourceAt")).isNotBlank();
        Api.Answer thin = step(alert, "disposition", "{\"disposition\":\"ARREST\",\"narrative\":\"done\"}");
        assertThat(thin.status()).isEqualTo(400);
        assertThat(thin.json().getString("message")).contains("OD-V4");
        Api.Answer closed = step(alert, "disposition", "{\"disposition\":\"ARREST\","
                + "\"narrative\":\"Driver arrested after a traffic stop; vehicle towed to impound\"}");
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.json().getString("status")).isEqualTo("CLOSED");
        assertThat(closed.json().getString("closedBy")).isEqualTo(officer.name());

        List<String> actions = new ArrayList<>();
        try (Connection c = Database.connect(); PreparedStatement p = c.prepareStatement(
                "select action from audit_event where object_id like ? order by sequence")) {
            p.setString(1, alert.getString("id") + "%");
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    actions.add(r.getString(1));
                }
            }
        }
        assertThat(actions).containsSubsequence("ALERT_RAISED", "ALERT_ACKNOWLEDGED", "ALERT_VISUALLY_CHECKED",
                "ALERT_SOURCE_VERIFIED", "ALERT_CLOSED");
    }

    @Test
    @DisplayName("OD-V3 no step can be skipped: each out-of-order step is a 409 and changes nothing")
    void noSkipping() {
        String plate = listed(uniquePlate()).get(0);
        JsonObject alert = alertFor(plate, "MO");
        Api.Answer early = step(alert, "disposition", "{\"disposition\":\"ARREST\","
                + "\"narrative\":\"Arrested without checking anything\"}");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().getString("message")).contains("OD-V3");
        assertThat(step(alert, "visual-check", "{\"charactersMatch\":true,\"stateMatch\":true}").status())
                .isEqualTo(409);
        assertThat(step(alert, "source-check", "{\"source\":\"NCIC\",\"stillValid\":true}").status())
                .isEqualTo(409);
        step(alert, "acknowledge", "");
        assertThat(step(alert, "source-check", "{\"source\":\"NCIC\",\"stillValid\":true}").status())
                .as("verification with the source needs the check by eye first").isEqualTo(409);
        assertThat(step(alert, "visual-check", "{\"charactersMatch\":true}").status())
                .as("characters and state are each answered").isEqualTo(400);
        Api.Answer current = Api.get("/api/v1/alerts/" + alert.getString("id"), officer.name(), officer.password());
        assertThat(current.json().getString("status")).isEqualTo("ACKNOWLEDGED");
    }

    @Test
    @DisplayName("OD-V1 a state that does not match the image makes the alert a misread, which cannot end in an arrest")
    void misread() {
        String plate = listed(uniquePlate()).get(0);
        JsonObject alert = alertFor(plate, "MO");
        step(alert, "acknowledge", "");
        Api.Answer checked = step(alert, "visual-check", "{\"charactersMatch\":true,\"stateMatch\":false}");
        assertThat(checked.json().getString("status")).isEqualTo("MISREAD");
        assertThat(checked.json().getBoolean("stateMatch")).isFalse();
        assertThat(step(alert, "disposition", "{\"disposition\":\"ARREST\",\"narrative\":\"Arrest after misread\"}")
                .status()).isEqualTo(409);
        Api.Answer closed = step(alert, "disposition", "{\"disposition\":\"MISREAD\","
                + "\"narrative\":\"Plate is from Kansas, not Missouri; camera misread\"}");
        assertThat(closed.json().getString("status")).isEqualTo("CLOSED");
        assertThat(closed.json().getString("disposition")).isEqualTo("MISREAD");
    }

    @Test
    @DisplayName("OD-V3 the console's alert page shows the image beside the entry, the notice and the next step")
    void consolePage() {
        String plate = listed(uniquePlate()).get(0);
        JsonObject alert = alertFor(plate, "MO");
        ConsoleBrowser browser = new ConsoleBrowser();
        browser.signIn(officer.name(), officer.password());
        ConsoleBrowser.Page page = browser.get("/console/alerts/alert.xhtml?id=" + alert.getString("id"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("not reasonable suspicion", "/api/v1/alerts/" + alert.getString("id")
                + "/images/plate", plate, "Reported stolen overnight", "Acknowledge");
        step(alert, "acknowledge", "");
        assertThat(browser.get("/console/alerts/alert.xhtml?id=" + alert.getString("id")).body())
                .contains("Do the characters match?", "Does the state match?").doesNotContain(">Acknowledge<");
    }

    @Test
    @DisplayName("OD-R4 AU-2 a new alert is pushed over the WebSocket to a signed-in officer, and the push is recorded with who received it")
    void push() throws Exception {
        String plate = listed(uniquePlate()).get(0);
        BlockingQueue<String> messages = new LinkedBlockingQueue<>();
        WebSocket socket = connect(officer, messages);
        try {
            alertFor(plate, "MO");
            String message = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (System.nanoTime() < deadline) {
                String next = messages.poll(200, TimeUnit.MILLISECONDS);
                if (next != null && next.contains(plate)) {
                    message = next;
                    break;
                }
            }
            assertThat(message).as("pushed alert").isNotNull().contains("\"type\":\"alert\"");
            java.util.List<String> recorded = java.util.List.of();
            for (int i = 0; i < 50 && recorded.isEmpty(); i++) {
                recorded = Database.column("select details from audit_event where action = 'ALERT_PUSHED'"
                        + " and object_id like ?", "% (" + plate + ")");
                Thread.sleep(100);
            }
            assertThat(recorded).singleElement().asString().startsWith("over the alert stream to ")
                    .contains(officer.name());
        } finally {
            socket.abort();
        }
    }

    @Test
    @DisplayName("only officers and supervisors see alerts or connect to the push")
    void roles() {
        assertThat(Api.get("/api/v1/alerts", clerk.name(), clerk.password()).status()).isEqualTo(403);
        assertThat(CompletableFuture.supplyAsync(() -> {
            try {
                connect(clerk, new LinkedBlockingQueue<>()).abort();
                return "connected";
            } catch (CompletionException | IllegalStateException refused) {
                return "refused";
            }
        }).join()).isEqualTo("refused");
    }

    @Test
    @DisplayName("AC-2 AC-12 an open alert stream stops when the officer's account is disabled, and a page of another site cannot open one")
    void streamStops() throws Exception {
        User leaving = TestUsers.trained("OFFICER");
        String plate = listed(uniquePlate()).get(0);
        BlockingQueue<String> messages = new LinkedBlockingQueue<>();
        CompletableFuture<Integer> closed = new CompletableFuture<>();
        WebSocket socket = connect(leaving, messages, null, closed);
        try {
            assertThat(Api.post("/api/v1/users/" + leaving.name() + "/disable", admin.name(), admin.password(), "")
                    .status()).isEqualTo(200);
            alertFor(plate, "MO");
            assertThat(closed.get(10, TimeUnit.SECONDS)).as("closed for policy")
                    .isEqualTo(POLICY_VIOLATION);
            assertThat(messages).as("no plate after the account was disabled").noneMatch(m -> m.contains(plate));
        } finally {
            socket.abort();
        }

        CompletableFuture<Integer> foreign = new CompletableFuture<>();
        WebSocket other = connect(officer, new LinkedBlockingQueue<>(), "http://evil.example", foreign);
        try {
            assertThat(foreign.get(10, TimeUnit.SECONDS)).isEqualTo(POLICY_VIOLATION);
        } finally {
            other.abort();
        }
    }

    private static WebSocket connect(User user, BlockingQueue<String> messages) {
        return connect(user, messages, null, new CompletableFuture<>());
    }

    private static WebSocket connect(User user, BlockingQueue<String> messages, String origin,
                                     CompletableFuture<Integer> closed) {
        return connectAt(Api.BASE_URL, user, messages, origin, closed);
    }

    /** The alert stream of the server at that address, as the console's page opens it. */
    static WebSocket connectAt(String baseUrl, User user, BlockingQueue<String> messages, String origin,
                               CompletableFuture<Integer> closed) {
        String credentials = Base64.getEncoder().encodeToString((user.name() + ":" + user.password())
                .getBytes(StandardCharsets.UTF_8));
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Authorization", "Basic " + credentials);
        if (origin != null) {
            builder.header("Origin", origin);
        }
        return builder.buildAsync(URI.create(baseUrl.replace("http", "ws") + "/push/alerts"), new WebSocket.Listener() {
                    private final StringBuilder text = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        text.append(data);
                        if (last) {
                            messages.add(text.toString());
                            text.setLength(0);
                        }
                        webSocket.request(1);
                        return null;
                    }

                    @Override
                    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                        closed.complete(statusCode);
                        return null;
                    }
                }).join();
    }
}
