package org.platekeeper.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.platekeeper.system.TestUsers.User;

/**
 * Two installations federate: the system-test server (Odessa) puts an investigator's search to a second server
 * (Pryor Creek, its own database, port 9082) through that server's partner API, under an agreement the second
 * agency made with the first.
 */
@DisplayName("Federation between two installations")
class FederationIT {

    private static final String PEER = System.getProperty("platekeeper.peer.url", "http://localhost:9082");
    private static final String PEER_ADMIN_PASSWORD = Api.ADMIN_PASSWORD;

    private static User peerSupervisor;
    private static String plate;
    private static String installationId;
    private static String peerPartnerId;

    /** A call to the second installation as its bootstrap administrator or one of its users. */
    private static Api.Answer peer(String method, String path, String user, String password, String json) {
        return Api.send(Api.requestAt(PEER, path, user, password).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json)));
    }

    private static Api.Answer peerAdmin(String method, String path, String json) {
        return peer(method, path, Api.ADMIN, PEER_ADMIN_PASSWORD, json);
    }

    private static User peerUser(String role) {
        String name = role.toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(peerAdmin("POST", "/api/v1/users", "{\"username\":\"" + name + "\",\"displayName\":\"Peer " + name
                + "\",\"password\":\"" + TestUsers.PASSWORD + "\",\"roles\":[\"" + role + "\"]}").status())
                .isEqualTo(201);
        train(name);
        return new User(name, TestUsers.PASSWORD);
    }

    private static void train(String name) {
        Api.Answer trained = peerAdmin("POST", "/api/v1/users/" + name + "/training", "{\"course\":\"LPR operator "
                + "course\",\"completedOn\":\"" + LocalDate.now().minusDays(3) + "\",\"expiresOn\":\""
                + LocalDate.now().plusYears(1) + "\"}");
        assertThat(trained.status()).as(trained.toString()).isEqualTo(200);
    }

    @BeforeAll
    static void twoAgencies() {
        train(Api.ADMIN);
        JsonObject policy = peerAdmin("GET", "/api/v1/policy", null).json();
        assertThat(policy.getString("name")).as("the second installation is another agency").isEqualTo("pryor-creek");
        LocalDate peerToday = LocalDate.now(ZoneId.of(policy.getString("timeZone")));
        peerSupervisor = peerUser("SUPERVISOR");

        // the second agency's camera reads a plate
        Api.Answer camera = peerAdmin("POST", "/api/v1/cameras", "{\"name\":\"peer-" + UUID.randomUUID()
                + "\",\"type\":\"FIXED\",\"location\":\"Main St\",\"latitude\":36.31,\"longitude\":-95.31}");
        assertThat(camera.status()).as(camera.toString()).isEqualTo(201);
        plate = "FD" + UUID.randomUUID().toString().replace("-", "").substring(0, 5).toUpperCase();
        Api.Answer read = Api.send(Api.requestAt(PEER, "/api/v1/reads", null, null)
                .header("Authorization", "Bearer " + camera.json().getString("token"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        CameraIngestIT.read(plate, CameraIngestIT.minutesAgo(20), ""))));
        assertThat(read.status()).as(read.toString()).isEqualTo(201);

        // the second agency makes the first its partner for stolen-vehicle queries
        String ori = "MO" + String.format("%07d", Math.abs(UUID.randomUUID().getLeastSignificantBits() % 10_000_000));
        Api.Answer partner = peerAdmin("POST", "/api/v1/partners", "{\"name\":\"Odessa Police Department\",\"ori\":\""
                + ori + "\",\"type\":\"LAW_ENFORCEMENT\",\"state\":\"MO\",\"federal\":false,\"contact\":\"lpr@odessa\"}");
        assertThat(partner.status()).as(partner.toString()).isEqualTo(201);
        peerPartnerId = partner.json().getString("id");
        Api.Answer agreement = peerAdmin("POST", "/api/v1/sharing-agreements", "{\"partnerId\":\"" + peerPartnerId
                + "\",\"scopes\":[\"QUERY_READS\"],\"purposes\":[\"STOLEN_VEHICLE\"],\"maxAgeDays\":10,"
                + "\"imagesIncluded\":false,\"maxResults\":20,\"maxQueriesPerDay\":50,\"validFrom\":\""
                + peerToday.minusDays(1) + "\",\"validUntil\":\"" + peerToday.plusYears(1)
                + "\",\"documentReference\":\"Interlocal agreement 2026-3\"}");
        assertThat(agreement.status()).as(agreement.toString()).isEqualTo(201);
        String agreementId = agreement.json().getString("id");
        assertThat(peer("POST", "/api/v1/sharing-agreements/" + agreementId + "/approve", peerSupervisor.name(),
                peerSupervisor.password(), "{}").status()).isEqualTo(200);
        String token = peerAdmin("POST", "/api/v1/sharing-agreements/" + agreementId + "/credential", null).json()
                .getString("token");

        // the first agency enters the second installation with the credential it was handed
        User admin = TestUsers.trained("ADMINISTRATOR");
        Api.Answer installation = Api.post("/api/v1/federation/installations", admin.name(), admin.password(),
                "{\"name\":\"Pryor Creek PD\",\"ori\":\"OK0480100\",\"baseUrl\":\"" + PEER + "/\",\"credential\":\""
                        + token + "\"}");
        assertThat(installation.status()).as(installation.toString()).isEqualTo(201);
        assertThat(installation.body()).as("the credential is never shown back").doesNotContain(token);
        installationId = installation.json().getString("id");
    }

    private static String search(User investigator, String criteria) {
        Api.Answer search = Api.post("/api/v1/searches", investigator.name(), investigator.password(),
                "{" + criteria + "}");
        assertThat(search.status()).as(search.toString()).isEqualTo(201);
        return search.json().getJsonObject("search").getString("id");
    }

    private static Api.Answer federate(User investigator, String searchId) {
        return Api.post("/api/v1/federation/searches/" + searchId, investigator.name(), investigator.password(),
                "{\"installations\":[\"" + installationId + "\"]}");
    }

    @Test
    @DisplayName("OD-R3 PC-D1 an investigator's search is put to a partner installation under its own case and "
            + "purpose; the answer is marked with its agency, and both installations log the exchange")
    void searchFederates() {
        User investigator = TestUsers.trained("INVESTIGATOR");
        String searchId = search(investigator, "\"plate\":\"" + plate + "\",\"caseNumber\":\"OPD-26-9001\","
                + "\"purposeCode\":\"STOLEN_VEHICLE\"");
        Api.Answer answered = federate(investigator, searchId);
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        JsonObject answer = answered.array().getJsonObject(0);
        assertThat(answer.getString("outcome")).as(answer.toString()).isEqualTo("ANSWERED");
        assertThat(answer.getString("agency")).isEqualTo("Pryor Creek Police Department");
        assertThat(answer.getString("ori")).isEqualTo("OK0480100");
        JsonArray reads = answer.getJsonArray("reads");
        assertThat(reads).hasSize(1);
        assertThat(reads.getJsonObject(0).getString("plate")).isEqualTo(plate);

        JsonArray theirs = peerAdmin("GET", "/api/v1/disseminations?partner=" + peerPartnerId + "&outcome=DISCLOSED",
                null).array();
        assertThat(theirs.stream().map(JsonObject.class::cast)
                .anyMatch(d -> "OPD-26-9001".equals(d.getString("caseNumber", null))
                        && plate.equals(d.getString("plate", null))))
                .as("the partner logged the disclosure with our case number").isTrue();
        User auditor = TestUsers.trained("AUDITOR");
        JsonArray ours = Api.get("/api/v1/audit/events?action=FEDERATED_QUERY&actor=" + investigator.name(),
                auditor.name(), auditor.password()).array();
        assertThat(ours).hasSize(1);
        assertThat(ours.getJsonObject(0).getString("purpose")).contains("OPD-26-9001");
        assertThat(ours.getJsonObject(0).getString("details")).contains("ANSWERED", "1 read(s)");
    }

    @Test
    @DisplayName("OD-R3 OD-X1 a purpose the partner's agreement does not permit is refused there, logged on both "
            + "sides, and reported with the partner's reason")
    void refusalTravelsBack() {
        User investigator = TestUsers.trained("INVESTIGATOR");
        String searchId = search(investigator, "\"plate\":\"" + plate + "\",\"caseNumber\":\"OPD-26-9002\","
                + "\"purposeCode\":\"AMBER_ALERT\"");
        JsonObject answer = federate(investigator, searchId).array().getJsonObject(0);
        assertThat(answer.getString("outcome")).isEqualTo("REFUSED");
        assertThat(answer.getString("message")).contains("AMBER_ALERT");
        assertThat(answer.getJsonArray("reads")).isEmpty();
        JsonArray refused = peerAdmin("GET", "/api/v1/disseminations?partner=" + peerPartnerId + "&outcome=REFUSED",
                null).array();
        assertThat(refused.stream().map(JsonObject.class::cast)
                .anyMatch(d -> "OPD-26-9002".equals(d.getString("caseNumber", null)))).isTrue();
    }

    @Test
    @DisplayName("OD-R3 only a search for one exact plate with a case number and a purpose code is put to partners")
    void onlyExactPlatesLeave() {
        User investigator = TestUsers.trained("INVESTIGATOR");
        String partial = search(investigator, "\"plate\":\"" + plate.substring(0, 4) + "*\",\"plateMatch\":"
                + "\"PARTIAL\",\"caseNumber\":\"OPD-26-9003\",\"purposeCode\":\"STOLEN_VEHICLE\"");
        assertThat(federate(investigator, partial).status()).isEqualTo(400);
        String caseOnly = search(investigator, "\"plate\":\"" + plate + "\",\"caseNumber\":\"OPD-26-9004\"");
        Api.Answer refused = federate(investigator, caseOnly);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getString("message")).contains("purpose code");
        User other = TestUsers.trained("INVESTIGATOR");
        assertThat(federate(other, caseOnly).status()).as("another investigator's search is not found").isEqualTo(404);
        User officer = TestUsers.trained("OFFICER");
        assertThat(federate(officer, caseOnly).status()).isEqualTo(403);
    }

    @Test
    @DisplayName("OD-R3 administrators see the partner installations in the console, never their credentials")
    void installationsInTheConsole() {
        ConsoleBrowser.Page page = ConsoleIT.signedIn("ADMINISTRATOR").get("/console/sharing/agreements.xhtml");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Partner installations we may ask", "Pryor Creek PD", PEER)
                .doesNotContain("pkp_");
    }
}
