package org.platekeeper.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.platekeeper.system.HotListFixtures.uniquePlate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.platekeeper.system.CameraIngestIT.RegisteredCamera;
import org.platekeeper.system.TestUsers.User;

@DisplayName("Historical search under policy")
class SearchIT {

    private static final String CASE = ",\"caseNumber\":\"26-5001\"";

    private static User admin;
    private static User investigator;
    private static User otherInvestigator;
    private static User supervisor;
    private static User auditor;
    /** Main St, and a camera across town. */
    private static RegisteredCamera main;
    private static RegisteredCamera east;
    private static String prefix;
    private static String plateA;
    private static String plateB;
    private static String plateC;
    private static OffsetDateTime hourAgo;
    private static OffsetDateTime dayAgo;

    @BeforeAll
    static void setUp() {
        admin = TestUsers.trained("ADMINISTRATOR");
        investigator = TestUsers.trained("INVESTIGATOR");
        otherInvestigator = TestUsers.trained("INVESTIGATOR");
        supervisor = TestUsers.trained("SUPERVISOR");
        auditor = TestUsers.trained("AUDITOR");
        main = CameraIngestIT.register("FIXED", ",\"location\":\"Main St\",\"latitude\":36.3000,\"longitude\":-95.3000");
        east = CameraIngestIT.register("FIXED", ",\"location\":\"East\",\"latitude\":36.3500,\"longitude\":-95.2000");
        prefix = uniquePlate().substring(0, 4);
        plateA = prefix + "1A";
        plateB = prefix + "2B";
        plateC = prefix + "0O";
        hourAgo = CameraIngestIT.minutesAgo(60);
        dayAgo = CameraIngestIT.minutesAgo(24 * 60);
        send(main, plateA, "OK", hourAgo, "{\"make\":\"Ford\",\"colour\":\"blue\",\"bodyType\":\"pickup\"}");
        send(east, plateA, "OK", dayAgo, null);
        send(main, plateB, "KS", hourAgo, "{\"make\":\"Honda\",\"colour\":\"red\",\"bodyType\":\"sedan\"}");
        send(east, plateC, "OK", hourAgo, null);
    }

    private static void send(RegisteredCamera camera, String plate, String state, OffsetDateTime at, String vehicle) {
        Api.Answer sent = CameraIngestIT.send(camera, "{\"plate\":\"" + plate + "\",\"state\":\"" + state
                + "\",\"capturedAt\":\"" + at + "\"" + (vehicle == null ? "" : ",\"vehicle\":" + vehicle) + "}");
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
    }

    static Api.Answer search(User user, String criteria) {
        return Api.post("/api/v1/searches", user.name(), user.password(), "{" + criteria + "}");
    }

    /** Searches for a plate under a case number, as an investigator does before holding what it found (PC-C2). */
    static void reach(User user, String caseNumber, String plate) {
        Api.Answer found = search(user, "\"plate\":\"" + plate + "\",\"caseNumber\":\"" + caseNumber + "\"");
        assertThat(found.status()).as(found.toString()).isEqualTo(201);
        assertThat(plates(found)).as("the search reaches the plate").contains(plate);
    }

    private static List<String> plates(Api.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json().getJsonArray("results").stream().map(v -> v.asJsonObject().getString("plate"))
                .toList();
    }

    @Test
    @DisplayName("exact plate, newest first, with camera, place and time; state narrows it")
    void exactPlate() {
        Api.Answer found = search(investigator, "\"plate\":\"" + plateA + "\"" + CASE);
        List<String> plates = plates(found);
        assertThat(plates).hasSize(2);
        assertThat(found.json().getInt("total")).isEqualTo(2);
        JsonObject newest = found.json().getJsonArray("results").getJsonObject(0);
        assertThat(newest.getString("capturedAt")).isEqualTo(hourAgo.toInstant().toString());
        assertThat(newest.getJsonNumber("latitude").doubleValue()).isEqualTo(36.3);
        assertThat(plates(search(investigator, "\"plate\":\"" + plateA + "\",\"state\":\"KS\"" + CASE))).isEmpty();
    }

    @Test
    @DisplayName("partial plate with ? and *, and OCR-tolerant plate with confusable characters")
    void partialAndOcrTolerant() {
        assertThat(plates(search(investigator, "\"plate\":\"" + prefix + "?A\",\"plateMatch\":\"PARTIAL\"" + CASE)))
                .hasSize(2);
        assertThat(plates(search(investigator, "\"plate\":\"" + prefix + "*\",\"plateMatch\":\"PARTIAL\"" + CASE)))
                .hasSize(4);
        List<String> tolerant = plates(search(investigator, "\"plate\":\"" + prefix + "OQ\","
                + "\"plateMatch\":\"OCR_TOLERANT\"" + CASE));
        assertThat(tolerant).containsExactly(plateC);
        assertThat(search(investigator, "\"plate\":\"" + prefix + "*\"" + CASE).status())
                .as("wildcards need PARTIAL").isEqualTo(400);
    }

    @Test
    @DisplayName("time range, cameras, circle, polygon and vehicle description each narrow the search")
    void otherCriteria() {
        String plate = "\"plate\":\"" + prefix + "*\",\"plateMatch\":\"PARTIAL\"";
        assertThat(plates(search(investigator, plate + ",\"from\":\"" + hourAgo.minusMinutes(5) + "\"" + CASE)))
                .hasSize(3);
        Api.Answer earlier = search(investigator, plate + ",\"to\":\"" + hourAgo.minusMinutes(5) + "\"" + CASE);
        assertThat(plates(earlier)).containsExactly(plateA);
        assertThat(earlier.json().getJsonArray("results").getJsonObject(0).getString("cameraId"))
                .isEqualTo(east.id());
        assertThat(plates(search(investigator, plate + ",\"cameraIds\":[\"" + main.id() + "\"]" + CASE)))
                .hasSize(2);
        assertThat(plates(search(investigator, plate + ",\"area\":{\"latitude\":36.3001,\"longitude\":-95.3001,"
                + "\"radiusMeters\":200}" + CASE))).hasSize(2);
        assertThat(plates(search(investigator, plate + ",\"area\":{\"points\":[[36.34,-95.21],[36.36,-95.21],"
                + "[36.36,-95.19],[36.34,-95.19]]}" + CASE))).hasSize(2);
        assertThat(plates(search(investigator, plate + ",\"vehicle\":{\"colour\":\"Red\"}" + CASE)))
                .containsExactly(plateB);
        assertThat(plates(search(investigator, plate + ",\"vehicle\":{\"make\":\"ford\",\"bodyType\":\"pickup\"}"
                + CASE))).containsExactly(plateA);
    }

    @Test
    @DisplayName("OD-U3 PC-B1 a search without a case, CAD event, intelligence file or purpose with narrative is refused, and the refusal is audited")
    void justificationRequired() throws SQLException {
        User investigator = TestUsers.trained("INVESTIGATOR"); // this test's own, so the count below is exact
        String plate = "\"plate\":\"" + plateA + "\"";
        Api.Answer none = search(investigator, plate);
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.json().getString("message")).contains("OD-U3");
        Api.Answer vague = search(investigator, plate + ",\"purposeCode\":\"STOLEN_VEHICLE\","
                + "\"narrative\":\"investigation\"");
        assertThat(vague.status()).isEqualTo(400);
        Api.Answer shortNarrative = search(investigator, plate + ",\"purposeCode\":\"STOLEN_VEHICLE\","
                + "\"narrative\":\"stolen truck\"");
        assertThat(shortNarrative.status()).isEqualTo(400);
        assertThat(plates(search(investigator, plate + ",\"purposeCode\":\"STOLEN_VEHICLE\","
                + "\"narrative\":\"Blue Ford pickup reported stolen from a farm on Route 9\""))).hasSize(2);
        assertThat(plates(search(investigator, plate + ",\"cadEvent\":\"CAD-26-4411\""))).hasSize(2);
        assertThat(plates(search(investigator, plate + ",\"intelligenceFile\":\"IF-26-019\""))).hasSize(2);
        assertThat(deniedSearches(investigator)).isEqualTo(3);
    }

    @Test
    @DisplayName("PC-B1 OD-U3 a search under a placeholder case number, CAD event or file number is refused and the refusal recorded")
    void placeholderReferences() throws SQLException {
        User searcher = TestUsers.trained("INVESTIGATOR");
        String plate = "\"plate\":\"" + plateA + "\"";
        String[] references = {"\"caseNumber\":\"n/a\"", "\"caseNumber\":\"0\"", "\"caseNumber\":\"123\"",
                "\"caseNumber\":\"1111\"", "\"cadEvent\":\"none\"", "\"intelligenceFile\":\"12345\""};
        for (String reference : references) {
            Api.Answer refused = search(searcher, plate + "," + reference);
            assertThat(refused.status()).as(reference).isEqualTo(400);
            assertThat(refused.json().getString("message")).contains("placeholder", "PC-B1");
        }
        assertThat(deniedSearches(searcher)).isEqualTo(references.length);
        assertThat(Api.get("/api/v1/searches", searcher.name(), searcher.password()).array()).isEmpty();
    }

    @Test
    @DisplayName("PC-B4 OD-P2 OD-X1 purposes naming protected activity, a protected class or personal use are refused citing the clause")
    void prohibitedPurposes() throws SQLException {
        User searcher = TestUsers.trained("INVESTIGATOR");
        String plate = "\"plate\":\"" + plateA + "\"";
        Api.Answer protest = search(searcher, plate + ",\"purposeCode\":\"PROTEST_MONITORING\","
                + "\"narrative\":\"Who attended the protest at city hall on Friday\"");
        assertThat(protest.status()).isEqualTo(403);
        assertThat(protest.json().getString("clause")).isEqualTo("PC-B4");
        Api.Answer worship = search(searcher, plate + CASE + ",\"narrative\":\"Vehicles seen at the mosque\"");
        assertThat(worship.status()).isEqualTo(403);
        assertThat(worship.json().getString("clause")).isEqualTo("PC-B4");
        Api.Answer race = search(searcher, plate + ",\"purposeCode\":\"CRIMINAL_INVESTIGATION\","
                + "\"narrative\":\"Drivers of a particular race seen downtown last week\"");
        assertThat(race.status()).isEqualTo(403);
        assertThat(race.json().getString("clause")).isEqualTo("OD-P2");
        Api.Answer immigration = search(searcher, plate + CASE + ",\"narrative\":\"Immigration status check\"");
        assertThat(immigration.json().getString("clause")).isEqualTo("OD-P2");
        Api.Answer personal = search(searcher, plate + CASE + ",\"narrative\":\"Where my ex-wife goes at night\"");
        assertThat(personal.json().getString("clause")).isEqualTo("OD-X1");
        assertThat(deniedSearches(searcher)).isEqualTo(5);
        assertThat(Api.get("/api/v1/searches", searcher.name(), searcher.password()).array())
                .as("a refused search is not run").isEmpty();
    }

    @Test
    @DisplayName("PC-B4 a search that touches a sensitive location waits for a supervisor's approval, which is audited")
    void sensitiveLocation() throws SQLException {
        Api.Answer place = Api.post("/api/v1/sensitive-locations", admin.name(), admin.password(),
                "{\"name\":\"First Church " + UUID.randomUUID() + "\",\"kind\":\"PLACE_OF_WORSHIP\","
                        + "\"latitude\":36.3005,\"longitude\":-95.3005,\"radiusMeters\":60}");
        assertThat(place.status()).as(place.toString()).isEqualTo(201);
        try {
            approvalFlow();
        } finally {
            Api.send("DELETE", "/api/v1/sensitive-locations/" + place.json().getString("id"), admin.name(),
                    admin.password(), null, null);
        }
    }

    private void approvalFlow() throws SQLException {
        Api.Answer waiting = search(investigator, "\"area\":{\"latitude\":36.3001,\"longitude\":-95.3001,"
                + "\"radiusMeters\":100}" + CASE);
        assertThat(waiting.status()).as(waiting.toString()).isEqualTo(202);
        JsonObject search = waiting.json().getJsonObject("search");
        assertThat(search.getString("status")).isEqualTo("AWAITING_APPROVAL");
        assertThat(search.getString("sensitiveLocations")).contains("First Church");
        assertThat(waiting.json().getJsonArray("results")).isEmpty();
        String id = search.getString("id");
        assertThat(Api.get("/api/v1/searches/" + id + "/results", investigator.name(), investigator.password())
                .status()).isEqualTo(409);
        assertThat(Api.post("/api/v1/searches/" + id + "/approve", investigator.name(), investigator.password(),
                "{}").status()).as("investigators do not approve").isEqualTo(403);
        Api.Answer queue = Api.get("/api/v1/searches/awaiting-approval", supervisor.name(), supervisor.password());
        assertThat(queue.array()).extracting(v -> v.asJsonObject().getString("id")).contains(id);

        Api.Answer approved = Api.post("/api/v1/searches/" + id + "/approve", supervisor.name(),
                supervisor.password(), "{\"note\":\"Burglary suspect's car seen in the church lot\"}");
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        Api.Answer results = Api.get("/api/v1/searches/" + id + "/results", investigator.name(),
                investigator.password());
        assertThat(results.status()).isEqualTo(200);
        assertThat(results.json().getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(2);
        assertThat(actions(id)).contains("SEARCH_AWAITING_APPROVAL", "SEARCH_APPROVED", "SEARCH_RUN");

        Api.Answer cameraNear = search(investigator, "\"plate\":\"" + plateA + "\",\"cameraIds\":[\"" + main.id()
                + "\"]" + CASE);
        assertThat(cameraNear.status()).as("a plate search limited to cameras near the place").isEqualTo(202);
    }

    @Test
    @DisplayName("OD-R4 every search, its justification, criteria and count, and every read opened is an audit event")
    void audited() throws SQLException {
        Api.Answer found = search(investigator, "\"plate\":\"" + plateB + "\"" + CASE);
        String id = found.json().getJsonObject("search").getString("id");
        String readId = found.json().getJsonArray("results").getJsonObject(0).getString("id");
        try (Connection c = Database.connect(); PreparedStatement p = c.prepareStatement(
                "select purpose, details from audit_event where action = 'SEARCH_RUN' and object_id = ?")) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo("case 26-5001");
                assertThat(r.getString(2)).contains("plate " + plateB, "1 reads");
            }
        }
        Api.Answer opened = Api.get("/api/v1/searches/" + id + "/reads/" + readId, investigator.name(),
                investigator.password());
        assertThat(opened.status()).isEqualTo(200);
        assertThat(opened.json().getString("plate")).isEqualTo(plateB);
        assertThat(countActions("READ_OPENED", readId)).isEqualTo(1);
        String otherRead = search(investigator, "\"plate\":\"" + plateC + "\"" + CASE).json()
                .getJsonArray("results").getJsonObject(0).getString("id");
        assertThat(Api.get("/api/v1/searches/" + id + "/reads/" + otherRead, investigator.name(),
                investigator.password()).status()).as("a read the search did not find").isEqualTo(404);
        assertThat(Api.get("/api/v1/searches/" + id, otherInvestigator.name(), otherInvestigator.password())
                .status()).as("another investigator's search").isEqualTo(404);
        assertThat(Api.get("/api/v1/searches/" + id + "/reads/" + readId, otherInvestigator.name(),
                otherInvestigator.password()).status()).isEqualTo(404);
    }

    @Test
    @DisplayName("PC-E1 OD-AD4 auditors see every search, its flags, record findings and open a misuse case")
    void auditorOversight() {
        search(investigator, "\"plate\":\"" + plateB + "\"" + CASE);
        search(otherInvestigator, "\"plate\":\"" + plateA + "\",\"purposeCode\":\"STOLEN_PLATE\","
                + "\"narrative\":\"Plate reported stolen from a dealership lot\"");
        Api.Answer all = Api.get("/api/v1/audit/searches", auditor.name(), auditor.password());
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.array()).extracting(v -> v.asJsonObject().getString("username"))
                .contains(investigator.name(), otherInvestigator.name());
        assertThat(Api.get("/api/v1/audit/searches", investigator.name(), investigator.password()).status())
                .isEqualTo(403);

        Api.Answer flags = Api.get("/api/v1/audit/flags", auditor.name(), auditor.password());
        assertThat(flags.status()).isEqualTo(200);
        JsonObject noCase = flags.array().stream().map(JsonObject.class::cast)
                .filter(f -> f.getString("kind").equals("NO_CASE_NUMBER")
                        && f.getString("username").equals(otherInvestigator.name()))
                .findFirst().orElseThrow();
        Api.Answer finding = Api.post("/api/v1/audit/findings", auditor.name(), auditor.password(),
                "{\"kind\":\"NO_CASE_NUMBER\",\"subjectUser\":\"" + otherInvestigator.name() + "\",\"searchId\":\""
                        + noCase.getString("searchId") + "\",\"summary\":\"No case behind the plate search\"}");
        assertThat(finding.status()).as(finding.toString()).isEqualTo(201);
        Api.Answer misuse = Api.post("/api/v1/audit/misuse-cases", auditor.name(), auditor.password(),
                "{\"summary\":\"Possible personal use of plate searches\",\"findingIds\":[\""
                        + finding.json().getString("id") + "\"]}");
        assertThat(misuse.status()).as(misuse.toString()).isEqualTo(201);
        assertThat(misuse.json().getString("reference")).startsWith("MC-");
        assertThat(misuse.json().getJsonArray("findings")).hasSize(1);
        Api.Answer closed = Api.post("/api/v1/audit/misuse-cases/" + misuse.json().getString("id"), auditor.name(),
                auditor.password(), "{\"status\":\"CLOSED\"}");
        assertThat(closed.status()).as("closing needs an outcome").isEqualTo(400);
        Api.Answer referred = Api.post("/api/v1/audit/misuse-cases/" + misuse.json().getString("id"),
                auditor.name(), auditor.password(), "{\"status\":\"REFERRED\",\"outcome\":\"Sent to internal affairs\"}");
        assertThat(referred.json().getString("status")).isEqualTo("REFERRED");
    }

    @Test
    @DisplayName("OD-U4 officers, records clerks and command staff cannot search raw reads; unknown fields are refused")
    void whoMaySearch() {
        for (String role : new String[] {"OFFICER", "RECORDS_CLERK", "COMMAND_STAFF", "AUDITOR", "ADMINISTRATOR"}) {
            User user = TestUsers.trained(role);
            assertThat(search(user, "\"plate\":\"" + plateA + "\"" + CASE).status()).as(role).isEqualTo(403);
        }
        Api.Answer typo = search(investigator, "\"plate\":\"" + plateA + "\",\"caseNumbr\":\"26-1\"");
        assertThat(typo.status()).isEqualTo(400);
        assertThat(typo.body()).contains("caseNumbr");
    }

    private static int deniedSearches(User user) throws SQLException {
        try (Connection c = Database.connect(); PreparedStatement p = c.prepareStatement(
                "select count(*) from audit_event where action = 'SEARCH_REFUSED' and outcome = 'DENIED'"
                        + " and actor = ?")) {
            p.setString(1, user.name());
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private static List<String> actions(String objectId) throws SQLException {
        try (Connection c = Database.connect(); PreparedStatement p = c.prepareStatement(
                "select action from audit_event where object_id = ? order by sequence")) {
            p.setString(1, objectId);
            List<String> actions = new java.util.ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    actions.add(r.getString(1));
                }
            }
            return actions;
        }
    }

    private static int countActions(String action, String objectPrefix) throws SQLException {
        try (Connection c = Database.connect(); PreparedStatement p = c.prepareStatement(
                "select count(*) from audit_event where action = ? and object_id like ?")) {
            p.setString(1, action);
            p.setString(2, objectPrefix + "%");
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
