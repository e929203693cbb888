package org.platekeeper.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every mistake a client can make gets a 4xx with a JSON message, never a 500, and stores nothing. */
@DisplayName("Bad input is answered 4xx with a JSON message")
class BadInputIT {

    private static final String ADMIN = Api.ADMIN;
    private static final String PASSWORD = Api.ADMIN_PASSWORD;

    private static void assertJsonError(Api.Answer answer, int status) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.json().getString("message")).isNotBlank();
    }

    private static String user(String name) {
        return "{\"username\":\"" + name + "\",\"displayName\":\"Someone\",\"password\":\"long-enough-pw\","
                + "\"roles\":[\"OFFICER\"]}";
    }

    private static void assertNotStored(String name) {
        assertThat(Api.get("/api/v1/users/" + name, ADMIN, PASSWORD).status()).isEqualTo(404);
    }

    @Test
    @DisplayName("a query parameter of the wrong type is a 400 naming it, not a 404")
    void malformedQueryParameter() {
        Api.Answer answer = Api.get("/api/public/audit-anchors?days=abc", null, null);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().getString("message")).contains("days", "abc");
        assertThat(Api.get("/api/public/audit-anchors?days=0", null, null).status()).as("in range, checked")
                .isEqualTo(400);
        assertThat(Api.get("/api/public/no-such-thing", null, null).status()).isEqualTo(404);
    }

    @Test
    @DisplayName("an unknown field is refused, and the user is not created")
    void unknownField() {
        Api.Answer answer = Api.post("/api/v1/users", ADMIN, PASSWORD,
                user("unknown-field").replace("}", ",\"isSuperuser\":true}"));
        assertJsonError(answer, 400);
        assertThat(answer.json().getString("message")).contains("isSuperuser");
        assertNotStored("unknown-field");
    }

    @Test
    @DisplayName("malformed JSON is refused")
    void malformed() {
        assertJsonError(Api.post("/api/v1/users", ADMIN, PASSWORD, "{\"username\": \"half"), 400);
        assertJsonError(Api.post("/api/v1/users", ADMIN, PASSWORD, "not json at all"), 400);
        assertJsonError(Api.post("/api/v1/users", ADMIN, PASSWORD, ""), 400);
    }

    @Test
    @DisplayName("wrong types are refused: a number for a name, an unknown role, a date that is not a date")
    void wrongTypes() {
        assertJsonError(Api.post("/api/v1/users", ADMIN, PASSWORD, user("wrong-type")
                .replace("\"Someone\"", "{\"first\":\"Pat\"}")), 400);
        assertJsonError(Api.post("/api/v1/users", ADMIN, PASSWORD, user("wrong-role")
                .replace("OFFICER", "SHERIFF")), 400);
        assertJsonError(Api.post("/api/v1/users", ADMIN, PASSWORD, user("wrong-roles")
                .replace("[\"OFFICER\"]", "\"OFFICER\"")), 400);
        assertJsonError(Api.post("/api/v1/users/admin/training", ADMIN, PASSWORD,
                "{\"course\":\"x\",\"completedOn\":\"yesterday\",\"expiresOn\":\"2030-01-01\"}"), 400);
        assertNotStored("wrong-type");
        assertNotStored("wrong-role");
    }

    @Test
    @DisplayName("missing or invalid values are refused with the fields named")
    void invalidValues() {
        Api.Answer missing = Api.post("/api/v1/users", ADMIN, PASSWORD, "{\"username\":\"no-password\"}");
        assertJsonError(missing, 400);
        assertThat(missing.json().getJsonArray("details").toString()).contains("password");
        assertJsonError(Api.post("/api/v1/users", ADMIN, PASSWORD, user("short-pw")
                .replace("long-enough-pw", "short")), 400);
        assertJsonError(Api.post("/api/v1/users", ADMIN, PASSWORD, user("Bad Name!")), 400);
        assertJsonError(Api.post("/api/v1/users/admin/training", ADMIN, PASSWORD,
                "{\"course\":\"x\",\"completedOn\":\"2030-01-01\",\"expiresOn\":\"2020-01-01\"}"), 400);
        assertNotStored("no-password");
        assertNotStored("short-pw");
    }

    @Test
    @DisplayName("an oversized body is refused with 413 before it is read")
    void oversized() {
        byte[] big = ("{\"username\":\"big\",\"displayName\":\"" + "x".repeat(300_000) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        assertJsonError(Api.send("POST", "/api/v1/users", ADMIN, PASSWORD, "application/json", big), 413);
        assertNotStored("big");
    }

    @Test
    @DisplayName("a body of the wrong media type is refused with 415")
    void wrongMediaType() {
        assertJsonError(Api.send("POST", "/api/v1/users", ADMIN, PASSWORD, "text/plain",
                user("plain-text").getBytes(StandardCharsets.UTF_8)), 415);
        assertNotStored("plain-text");
    }

    @Test
    @DisplayName("unknown users, paths and methods answer 404 and 405 in JSON")
    void unknownThings() {
        assertJsonError(Api.get("/api/v1/users/nobody-by-this-name", ADMIN, PASSWORD), 404);
        assertJsonError(Api.post("/api/v1/users/nobody-by-this-name/unlock", ADMIN, PASSWORD, ""), 404);
        TestUsers.User trainedAdmin = TestUsers.trained("ADMINISTRATOR");
        assertJsonError(Api.get("/api/v1/no-such-thing", trainedAdmin.name(), trainedAdmin.password()), 404);
        assertJsonError(Api.send("DELETE", "/api/v1/users", ADMIN, PASSWORD, null, null), 405);
    }

    @Test
    @DisplayName("a duplicate user name is a 409 and leaves the first account as it was")
    void duplicate() {
        TestUsers.User first = TestUsers.trained("OFFICER");
        Api.Answer again = Api.post("/api/v1/users", ADMIN, PASSWORD,
                user(first.name()).replace("OFFICER", "ADMINISTRATOR"));
        assertJsonError(again, 409);
        assertThat(Api.get("/api/v1/users/" + first.name(), ADMIN, PASSWORD).json().getJsonArray("roles")
                .getString(0)).isEqualTo("OFFICER");
    }

    @Test
    @DisplayName("a malformed query parameter is refused with a 400")
    void badQuery() {
        TestUsers.User auditor = TestUsers.trained("AUDITOR");
        assertJsonError(Api.get("/api/v1/audit/events?from=last-tuesday", auditor.name(), auditor.password()), 400);
        assertJsonError(Api.get("/api/v1/audit/events?limit=many", auditor.name(), auditor.password()), 400);
    }

    @Test
    @DisplayName("OD-R4 a NUL character in a text field is a 400 naming the field, stores nothing and leaves the plate out of the server log")
    void nulCharacter() throws Exception {
        TestUsers.User investigator = TestUsers.trained("INVESTIGATOR");
        String plate = "NUL" + (100 + (int) (Math.random() * 800)) + "Q";
        Api.Answer refused = Api.post("/api/v1/searches", investigator.name(), investigator.password(),
                "{\"plate\":\"" + plate + "\",\"caseNumber\":\"26-5001\",\"purposeCode\":\"STOLEN_VEHICLE\","
                        + "\"narrative\":\"a line\\u0000 with a NUL in it\"}");
        assertJsonError(refused, 400);
        assertThat(refused.json().getJsonArray("details").getString(0)).startsWith("narrative: ")
                .contains("NUL");
        assertThat(Api.get("/api/v1/searches", investigator.name(), investigator.password()).array()).isEmpty();
        java.nio.file.Path log = java.nio.file.Path.of(System.getProperty("platekeeper.server.dir"), "logs",
                "messages.log");
        assertThat(java.nio.file.Files.readString(log, StandardCharsets.UTF_8)).doesNotContain(plate);
    }

    @Test
    @DisplayName("PC-A1 a multipart body without a boundary, and an agent message nested thousands of levels deep, are 400s naming the problem, and the server stays well")
    void malformedStructures() {
        CameraIngestIT.RegisteredCamera camera = CameraIngestIT.fixedCamera();
        Api.Answer noBoundary = Api.send(Api.request("/api/v1/reads/image", null, null)
                .header("Authorization", "Bearer " + camera.token()).header("Content-Type", "multipart/form-data")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("garbage")));
        assertJsonError(noBoundary, 400);
        assertThat(noBoundary.json().getString("message")).contains("boundary");
        String deep = "{\"data_type\":\"alpr_group\",\"x\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}";
        Api.Answer nested = Api.send(Api.request("/api/v1/reads/openalpr", null, null)
                .header("Authorization", "Bearer " + camera.token()).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(deep)));
        assertJsonError(nested, 400);
        assertThat(nested.json().getString("message")).contains("nested deeper");
        assertThat(Api.get("/health/ready", null, null).status()).isEqualTo(200);
    }
}
