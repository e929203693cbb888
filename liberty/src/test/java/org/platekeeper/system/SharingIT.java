package org.platekeeper.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.platekeeper.system.CameraIngestIT.RegisteredCamera;
import org.platekeeper.system.TestUsers.User;

@DisplayName("Sharing with partner agencies under agreements")
class SharingIT {

    private static User admin;
    private static User supervisor;
    private static User auditor;
    private static RegisteredCamera camera;
    private static LocalDate today;
    private static String plate;

    @BeforeAll
    static void setUp() throws SQLException {
        admin = TestUsers.trained("ADMINISTRATOR");
        supervisor = TestUsers.trained("SUPERVISOR");
        auditor = TestUsers.trained("AUDITOR");
        camera = CameraIngestIT.fixedCamera();
        today = LocalDate.now(ZoneId.of(Api.get("/api/v1/policy", admin.name(), admin.password()).json()
                .getString("timeZone")));
        plate = "SH" + UUID.randomUUID().toString().replace("-", "").substring(0, 5).toUpperCase();
        assertThat(CameraIngestIT.send(camera, CameraIngestIT.read(plate, CameraIngestIT.minutesAgo(30), ""))
                .status()).isEqualTo(201);
        // within our retention, beyond the agreements' reach of three days
        PastReads.insert(camera.id(), plate, Instant.now().minus(5, ChronoUnit.DAYS));
    }

    /** A partner agency's agreement as the partner holds it: its id and its bearer credential. */
    record Partner(String partnerId, String agreementId, String token) {

        Api.Answer query(String json) {
            return Api.send(Api.request("/api/partner/v1/queries", null, null)
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)));
        }

        Api.Answer post(String path, String json) {
            return Api.send(Api.request(path, null, null).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
        }

        Api.Answer query(String plate, String caseNumber, String purpose) {
            return query("{\"plate\":\"" + plate + "\"" + (caseNumber == null ? "" : ",\"caseNumber\":\"" + caseNumber
                    + "\"") + ",\"purpose\":\"" + purpose + "\"}");
        }
    }

    static String registerPartner(String type) {
        String ori = "MO" + String.format("%07d", Math.abs(UUID.randomUUID().getLeastSignificantBits() % 10_000_000));
        Api.Answer answer = Api.post("/api/v1/partners", admin.name(), admin.password(), "{\"name\":\"Agency " + ori
                + "\",\"ori\":\"" + ori + "\",\"type\":\"" + type + "\",\"state\":\"MO\",\"federal\":false,"
                + "\"contact\":\"records@agency.example\"}");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json().getString("id");
    }

    static Api.Answer propose(String partnerId, String scopes, String purposes, int maxQueriesPerDay,
                              boolean images, LocalDate from, LocalDate until) {
        return propose(partnerId, scopes, purposes, maxQueriesPerDay, images, from, until, null);
    }

    static Api.Answer propose(String partnerId, String scopes, String purposes, int maxQueriesPerDay,
                              boolean images, LocalDate from, LocalDate until, String callbackUrl) {
        return Api.post("/api/v1/sharing-agreements", admin.name(), admin.password(), "{\"partnerId\":\"" + partnerId
                + "\",\"scopes\":[" + scopes + "],\"purposes\":[" + purposes + "],\"maxAgeDays\":3,"
                + "\"imagesIncluded\":" + images + ",\"maxResults\":50,\"maxQueriesPerDay\":" + maxQueriesPerDay
                + ",\"validFrom\":\"" + from + "\",\"validUntil\":\"" + until + "\","
                + (callbackUrl == null ? "" : "\"callbackUrl\":\"" + callbackUrl + "\",")
                + "\"documentReference\":\"MOU 2026-14, signed 2026-11-02\"}");
    }

    /** A law-enforcement partner with an approved agreement and its credential. */
    static Partner partner(String scopes, String purposes, int maxQueriesPerDay, boolean images, LocalDate from,
                           LocalDate until) {
        return partner(scopes, purposes, maxQueriesPerDay, images, from, until, null);
    }

    static Partner partner(String scopes, String purposes, int maxQueriesPerDay, boolean images, LocalDate from,
                           LocalDate until, String callbackUrl) {
        String partnerId = registerPartner("LAW_ENFORCEMENT");
        Api.Answer proposed = propose(partnerId, scopes, purposes, maxQueriesPerDay, images, from, until,
                callbackUrl);
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        String id = proposed.json().getString("id");
        Api.Answer approved = Api.post("/api/v1/sharing-agreements/" + id + "/approve", supervisor.name(),
                supervisor.password(), "{\"note\":\"checked against the signed MOU\"}");
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        Api.Answer credential = Api.post("/api/v1/sharing-agreements/" + id + "/credential", admin.name(),
                admin.password(), "");
        assertThat(credential.status()).as(credential.toString()).isEqualTo(200);
        return new Partner(partnerId, id, credential.json().getString("token"));
    }

    static Partner queryingPartner() {
        return partner("\"QUERY_READS\"", "\"STOLEN_VEHICLE\",\"CRIMINAL_INVESTIGATION\"", 100, false,
                today.minusDays(1), today.plusYears(1));
    }

    static JsonArray log(Partner partner, String outcome) {
        Api.Answer log = Api.get("/api/v1/disseminations?partner=" + partner.partnerId()
                + (outcome == null ? "" : "&outcome=" + outcome), auditor.name(), auditor.password());
        assertThat(log.status()).as(log.toString()).isEqualTo(200);
        return log.array();
    }

    /** Asserts the request was refused with 403 naming the reason and clause, and that the refusal was logged. */
    static void assertRefused(Partner partner, Api.Answer answer, String clause, String reason) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
        assertThat(answer.json().getString("clause")).isEqualTo(clause);
        assertThat(answer.json().getString("message")).contains(reason);
        JsonArray refused = log(partner, "REFUSED");
        assertThat(refused).as("each refusal is logged").isNotEmpty();
        JsonObject latest = refused.getJsonObject(0);
        assertThat(latest.getString("refusalReason")).contains(reason);
        assertThat(latest.getString("clause")).isEqualTo(clause);
        assertThat(latest.getString("agreementId")).isEqualTo(partner.agreementId());
    }

    @Test
    @DisplayName("OD-R3 PC-D1 a partner under a valid agreement gets its exact-plate answer, and the disclosure is "
            + "logged and audited")
    void answeredAndLogged() {
        Partner partner = queryingPartner();
        Api.Answer answer = partner.query(plate.toLowerCase(), "OPD-26-1182", "STOLEN_VEHICLE");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonObject body = answer.json();
        assertThat(body.getString("plate")).isEqualTo(plate);
        assertThat(body.getInt("count")).as("the read of five days ago is beyond the agreement's reach").isEqualTo(1);
        JsonObject read = body.getJsonArray("reads").getJsonObject(0);
        assertThat(read.getString("plate")).isEqualTo(plate);
        assertThat(read.get("plateImage") == null || read.isNull("plateImage")).as("no images without the agreement including them").isTrue();

        JsonArray disclosed = log(partner, "DISCLOSED");
        assertThat(disclosed).hasSize(1);
        JsonObject entry = disclosed.getJsonObject(0);
        assertThat(entry.getString("id")).isEqualTo(body.getString("disseminationId"));
        assertThat(entry.getString("plate")).isEqualTo(plate);
        assertThat(entry.getString("caseNumber")).isEqualTo("OPD-26-1182");
        assertThat(entry.getString("purpose")).isEqualTo("STOLEN_VEHICLE");
        assertThat(entry.getInt("readsDisclosed")).isEqualTo(1);

        JsonArray events = Api.get("/api/v1/audit/events?action=PARTNER_QUERY_ANSWERED&limit=50", auditor.name(),
                auditor.password()).array();
        assertThat(events.stream().map(JsonObject.class::cast)
                .anyMatch(e -> e.getString("details", "").contains(entry.getString("id"))))
                .as("the disclosure is an audit event too (OD-R4)").isTrue();

        Api.Answer csv = Api.send(Api.request("/api/v1/disseminations/csv?partner=" + partner.partnerId(),
                auditor.name(), auditor.password()).header("Accept", "text/csv").GET());
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).startsWith("at,kind,outcome,partner").contains(plate).contains("OPD-26-1182");
    }

    @Test
    @DisplayName("OD-R3 images are disclosed only when the agreement includes them")
    void imagesOnlyUnderTheScope() {
        Partner partner = partner("\"QUERY_READS\"", "\"STOLEN_VEHICLE\"", 100, true, today.minusDays(1),
                today.plusYears(1));
        Api.Answer answer = partner.query(plate, "OPD-26-1183", "STOLEN_VEHICLE");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().getJsonArray("reads").getJsonObject(0).getString("plateImage")).isNotBlank();
        assertThat(log(partner, "DISCLOSED").getJsonObject(0).getBoolean("imagesIncluded")).isTrue();
    }

    @Test
    @DisplayName("PC-D1 courts, other public agencies and private companies cannot hold an agreement")
    void onlyLawEnforcementAndProsecution() {
        for (String type : new String[] {"COURT", "OTHER_PUBLIC_AGENCY", "PRIVATE_COMPANY"}) {
            Api.Answer refused = propose(registerPartner(type), "\"QUERY_READS\"", "\"STOLEN_VEHICLE\"", 10, false,
                    today, today.plusYears(1));
            assertThat(refused.status()).as(type + ": " + refused).isEqualTo(403);
            assertThat(refused.json().getString("clause")).isEqualTo("PC-D1");
        }
        assertThat(propose(registerPartner("PROSECUTION"), "\"QUERY_READS\"", "\"STOLEN_VEHICLE\"", 10, false, today,
                today.plusYears(1)).status()).isEqualTo(201);
    }

    @Test
    @DisplayName("PC-D1 the person who proposed an agreement cannot approve it, and an unapproved one has no "
            + "credential")
    void approvedByAnotherPerson() {
        User both = TestUsers.trained("ADMINISTRATOR", "SUPERVISOR");
        Api.Answer proposed = Api.post("/api/v1/sharing-agreements", both.name(), both.password(), "{\"partnerId\":\""
                + registerPartner("LAW_ENFORCEMENT") + "\",\"scopes\":[\"QUERY_READS\"],\"purposes\":"
                + "[\"STOLEN_VEHICLE\"],\"maxAgeDays\":3,\"imagesIncluded\":false,\"maxResults\":10,"
                + "\"maxQueriesPerDay\":10,\"validFrom\":\"" + today + "\",\"validUntil\":\"" + today.plusDays(30)
                + "\",\"documentReference\":\"MOU 7\"}");
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        String id = proposed.json().getString("id");
        assertThat(Api.post("/api/v1/sharing-agreements/" + id + "/credential", admin.name(), admin.password(), "")
                .status()).as("no credential before approval").isEqualTo(409);
        Api.Answer self = Api.post("/api/v1/sharing-agreements/" + id + "/approve", both.name(), both.password(), "{}");
        assertThat(self.status()).as(self.toString()).isEqualTo(403);
        assertThat(self.json().getString("clause")).isEqualTo("PC-D1");
        assertThat(Api.post("/api/v1/sharing-agreements/" + id + "/approve", supervisor.name(), supervisor.password(),
                "{}").status()).isEqualTo(200);
    }

    @Test
    @DisplayName("OD-R5 an agreement cannot reach data older than our retention")
    void reachWithinRetention() {
        String partnerId = registerPartner("LAW_ENFORCEMENT");
        Api.Answer refused = Api.post("/api/v1/sharing-agreements", admin.name(), admin.password(), "{\"partnerId\":\""
                + partnerId + "\",\"scopes\":[\"QUERY_READS\"],\"purposes\":[\"STOLEN_VEHICLE\"],\"maxAgeDays\":400,"
                + "\"imagesIncluded\":false,\"maxResults\":10,\"maxQueriesPerDay\":10,\"validFrom\":\"" + today
                + "\",\"validUntil\":\"" + today.plusDays(30) + "\",\"documentReference\":\"MOU 8\"}");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.json().getString("clause")).isEqualTo("OD-R5");
    }

    @Test
    @DisplayName("OD-R3 an expired agreement stops working at its end date, and the refusal is logged")
    void expiredRefused() {
        Partner expired = partner("\"QUERY_READS\"", "\"STOLEN_VEHICLE\"", 100, false, today.minusDays(30),
                today.minusDays(1));
        assertRefused(expired, expired.query(plate, "OPD-26-2001", "STOLEN_VEHICLE"), "OD-R3", "expired");
    }

    @Test
    @DisplayName("OD-R3 a suspended agreement stops working at once, and the refusal is logged")
    void suspendedRefused() {
        Partner partner = queryingPartner();
        assertThat(partner.query(plate, "OPD-26-2002", "STOLEN_VEHICLE").status()).isEqualTo(200);
        Api.Answer suspended = Api.post("/api/v1/sharing-agreements/" + partner.agreementId() + "/suspend",
                supervisor.name(), supervisor.password(), "{\"note\":\"partner reported a compromised terminal\"}");
        assertThat(suspended.status()).as(suspended.toString()).isEqualTo(200);
        assertRefused(partner, partner.query(plate, "OPD-26-2002", "STOLEN_VEHICLE"), "OD-R3", "suspended");
    }

    @Test
    @DisplayName("OD-R3 OD-X1 out-of-scope, wrong-purpose, partial-plate, case-less and over-cap queries are refused "
            + "with their reason, each logged")
    void outOfBoundsRefused() {
        Partner alertsOnly = partner("\"RECEIVE_ALERTS\"", "\"STOLEN_VEHICLE\"", 100, false, today.minusDays(1),
                today.plusYears(1), "http://127.0.0.1:9/hits");
        assertRefused(alertsOnly, alertsOnly.query(plate, "OPD-26-3001", "STOLEN_VEHICLE"), "OD-R3",
                "does not include QUERY_READS");

        Partner partner = partner("\"QUERY_READS\"", "\"STOLEN_VEHICLE\"", 3, false, today.minusDays(1),
                today.plusYears(1));
        assertRefused(partner, partner.query(plate, "OPD-26-3002", "AMBER_ALERT"), "OD-X1",
                "does not permit the purpose AMBER_ALERT");
        assertRefused(partner, partner.query(plate.substring(0, 4) + "*", "OPD-26-3003", "STOLEN_VEHICLE"), "OD-R3",
                "exact plates only");
        assertRefused(partner, partner.query(plate.substring(0, 4) + "??", "OPD-26-3003", "STOLEN_VEHICLE"), "OD-R3",
                "exact plates only");
        assertRefused(partner, partner.query(plate, null, "STOLEN_VEHICLE"), "OD-U3", "case number");

        // three queries a day: the four refusals above count, so the cap is already passed
        assertRefused(partner, partner.query(plate, "OPD-26-3004", "STOLEN_VEHICLE"), "OD-R3", "queries a day");
        assertThat(log(partner, "DISCLOSED")).as("nothing was disclosed").isEmpty();
        assertThat(log(partner, "REFUSED")).hasSize(5);
    }

    @Test
    @DisplayName("OD-R3 a partner credential reaches no console or internal endpoint, and a person's credentials no "
            + "partner endpoint")
    void doorsKeptApart() {
        Partner partner = queryingPartner();
        for (String path : new String[] {"/api/v1/me", "/api/v1/cameras", "/api/v1/disseminations",
                "/console/index.xhtml", "/api/partner/../../console/index.xhtml", "/api/partner/v1/../../v1/me"}) {
            Api.Answer answer = Api.send(Api.request(path, null, null)
                    .header("Authorization", "Bearer " + partner.token()).GET());
            assertThat(answer.status()).as("partner credential on " + path).isEqualTo(401);
            assertThat(answer.json().getString("message")).contains("only by the partner API");
        }
        assertThat(partner.query(plate, "OPD-26-4001", "STOLEN_VEHICLE").status()).isEqualTo(200);

        for (User user : new User[] {admin, supervisor, auditor, TestUsers.trained("INVESTIGATOR")}) {
            Api.Answer answer = Api.post("/api/partner/v1/queries", user.name(), user.password(),
                    "{\"plate\":\"" + plate + "\",\"caseNumber\":\"X-1\",\"purpose\":\"STOLEN_VEHICLE\"}");
            assertThat(answer.status()).as(user.name() + " on the partner API").isEqualTo(403);
        }
        Api.Answer cameraToken = Api.send(Api.request("/api/partner/v1/queries", null, null)
                .header("Authorization", "Bearer " + camera.token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"plate\":\"" + plate + "\"}")));
        assertThat(cameraToken.status()).as("a camera token on the partner API").isEqualTo(401);

        assertThat(Api.post("/api/v1/sharing-agreements/" + partner.agreementId() + "/credential/revoke", admin.name(),
                admin.password(), "").status()).isEqualTo(200);
        assertThat(partner.query(plate, "OPD-26-4002", "STOLEN_VEHICLE").status())
                .as("a revoked credential is unknown").isEqualTo(401);
    }

    @Test
    @DisplayName("OD-AD3 the dissemination log and its monthly summary are for auditors and administrators only")
    void logForAuditorsAndAdministrators() {
        Partner partner = queryingPartner();
        assertThat(partner.query(plate, "OPD-26-5001", "CRIMINAL_INVESTIGATION").status()).isEqualTo(200);
        Api.Answer summary = Api.get("/api/v1/disseminations/summary", admin.name(), admin.password());
        assertThat(summary.status()).isEqualTo(200);
        assertThat(summary.array().stream().map(JsonObject.class::cast)
                .filter(r -> partner.partnerId().equals(r.getString("partnerId", null)))
                .mapToLong(r -> r.getJsonNumber("answers").longValue()).sum()).isEqualTo(1);
        for (String role : new String[] {"SUPERVISOR", "INVESTIGATOR", "RECORDS_CLERK", "COMMAND_STAFF"}) {
            User user = TestUsers.trained(role);
            assertThat(Api.get("/api/v1/disseminations", user.name(), user.password()).status()).as(role)
                    .isEqualTo(403);
        }
    }

    @Test
    @DisplayName("OD-R3 OD-U4 PC-C4 the console shows agreements to administrators, supervisors and auditors, the "
            + "dissemination log to auditors and administrators, releases to clerks, investigators and supervisors")
    void consolePages() {
        Partner partner = queryingPartner();
        assertThat(partner.query(plate, "OPD-26-6001", "STOLEN_VEHICLE").status()).isEqualTo(200);
        String partnerName = Api.get("/api/v1/partners", admin.name(), admin.password()).array().stream()
                .map(JsonObject.class::cast).filter(p -> p.getString("id").equals(partner.partnerId()))
                .findFirst().orElseThrow().getString("name");

        ConsoleBrowser administrator = ConsoleIT.signedIn("ADMINISTRATOR");
        ConsoleBrowser.Page agreements = administrator.get("/console/sharing/agreements.xhtml");
        assertThat(agreements.status()).isEqualTo(200);
        assertThat(agreements.body()).contains("Propose an agreement", "Register a partner agency", partnerName,
                "MOU 2026-14");

        ConsoleBrowser supervisorPage = ConsoleIT.signedIn("SUPERVISOR");
        ConsoleBrowser.Page seen = supervisorPage.get("/console/sharing/agreements.xhtml");
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.body()).contains(partnerName).doesNotContain("Propose an agreement");
        assertThat(supervisorPage.get("/console/sharing/disseminations.xhtml").status()).isEqualTo(403);

        ConsoleBrowser auditorPage = ConsoleIT.signedIn("AUDITOR");
        ConsoleBrowser.Page log = auditorPage.get("/console/sharing/disseminations.xhtml");
        assertThat(log.status()).isEqualTo(200);
        assertThat(log.body()).contains("Dissemination log", plate, "OPD-26-6001", "Export these entries as CSV");
        ConsoleBrowser officer = ConsoleIT.signedIn("OFFICER");
        assertThat(officer.get("/console/sharing/agreements.xhtml").status()).isEqualTo(403);
        assertThat(officer.get("/console/sharing/releases.xhtml").status()).isEqualTo(403);

        activeHold("26-8802", "RC" + UUID.randomUUID().toString().replace("-", "").substring(0, 5).toUpperCase());
        ConsoleBrowser.Page releases = ConsoleIT.signedIn("RECORDS_CLERK").get("/console/sharing/releases.xhtml");
        assertThat(releases.status()).isEqualTo(200);
        assertThat(releases.body()).contains("Releases required by law", "Enter a release", "26-8802");
    }

    /** An active legal hold on one fresh read, as an investigator and a supervisor make it. */
    private static String activeHold(String caseNumber, String heldPlate) {
        String readId = CameraIngestIT.send(camera, CameraIngestIT.read(heldPlate, CameraIngestIT.minutesAgo(10), ""))
                .json().getJsonArray("ids").getString(0);
        User investigator = TestUsers.trained("INVESTIGATOR");
        SearchIT.reach(investigator, caseNumber, heldPlate);
        Api.Answer requested = Api.post("/api/v1/holds", investigator.name(), investigator.password(),
                "{\"caseNumber\":\"" + caseNumber + "\",\"legalBasis\":\"COURT_ORDER\",\"description\":"
                        + "\"Preservation for State v. Roe\",\"reviewDate\":\"" + today.plusMonths(3)
                        + "\",\"readIds\":[\"" + readId + "\"]}");
        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
        String id = requested.json().getString("id");
        assertThat(Api.post("/api/v1/holds/" + id + "/approve", supervisor.name(), supervisor.password(), "{}")
                .status()).isEqualTo(200);
        return id;
    }

    @Test
    @DisplayName("PC-C4 a release required by law needs another supervisor's approval, comes in the evidence format "
            + "with a release sheet, and is logged as a dissemination")
    void releaseRequiredByLaw() throws Exception {
        String heldPlate = "RL" + UUID.randomUUID().toString().replace("-", "").substring(0, 5).toUpperCase();
        String holdId = activeHold("26-8801", heldPlate);
        User clerkAndSupervisor = TestUsers.trained("RECORDS_CLERK", "SUPERVISOR");
        Api.Answer entered = Api.post("/api/v1/releases", clerkAndSupervisor.name(), clerkAndSupervisor.password(),
                "{\"holdId\":\"" + holdId + "\",\"recipient\":\"Clay County Circuit Court\",\"basis\":"
                        + "\"SUBPOENA\",\"documentReference\":\"Subpoena duces tecum 26-CR-0412\","
                        + "\"description\":\"All LPR reads of the vehicle in case 26-8801\"}");
        assertThat(entered.status()).as(entered.toString()).isEqualTo(201);
        String id = entered.json().getString("id");
        assertThat(entered.json().getString("caseNumber")).isEqualTo("26-8801");

        Api.Answer early = Api.get("/api/v1/releases/" + id + "/package", clerkAndSupervisor.name(),
                clerkAndSupervisor.password());
        assertThat(early.status()).as("nothing is produced before approval").isEqualTo(403);
        assertThat(early.json().getString("clause")).isEqualTo("PC-C4");
        Api.Answer self = Api.post("/api/v1/releases/" + id + "/approve", clerkAndSupervisor.name(),
                clerkAndSupervisor.password(), "{}");
        assertThat(self.status()).as(self.toString()).isEqualTo(403);
        assertThat(self.json().getString("clause")).isEqualTo("PC-C4");
        assertThat(Api.post("/api/v1/releases/" + id + "/approve", supervisor.name(), supervisor.password(),
                "{\"note\":\"subpoena verified with the clerk of court\"}").status()).isEqualTo(200);

        HttpResponse<byte[]> download = Api.client().send(Api.request("/api/v1/releases/" + id
                        + "/package", clerkAndSupervisor.name(), clerkAndSupervisor.password())
                .header("Accept", "application/zip").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        Map<String, byte[]> files = RetentionIT.unzip(download.body());
        assertThat(files).containsKeys("reads.json", "reads.csv", "release-sheet.txt", "chain-of-custody.txt",
                "manifest-sha256.txt");
        assertThat(new String(files.get("release-sheet.txt"))).contains("Clay County Circuit Court", "SUBPOENA",
                "Subpoena duces tecum 26-CR-0412", supervisor.name());
        assertThat(new String(files.get("reads.csv"))).contains(heldPlate);
        for (String line : new String(files.get("manifest-sha256.txt")).split("\n")) {
            String[] parts = line.split("  ", 2);
            assertThat(parts[0]).as(parts[1]).isEqualTo(RetentionIT.sha256(files.get(parts[1])));
        }

        String passphrase = "clerk of court sealed envelope";
        java.util.function.Function<String, HttpResponse<byte[]>> post = form -> Api.postForm("/api/v1/releases/"
                + id + "/package", clerkAndSupervisor.name(), clerkAndSupervisor.password(), form);
        assertThat(post.apply("passphrase=too%20short").statusCode()).as("under 12 characters").isEqualTo(400);
        HttpResponse<byte[]> encrypted = post.apply("passphrase="
                + java.net.URLEncoder.encode(passphrase, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(encrypted.statusCode()).as(new String(encrypted.body())).isEqualTo(200);
        Map<String, byte[]> sealed = RetentionIT.openEncrypted(encrypted.body(), passphrase);
        assertThat(new String(sealed.get("release-sheet.txt"))).contains("Clay County Circuit Court",
                "production 2");
        assertThat(Database.column("select details from audit_event where action = 'RELEASE_PRODUCED'"
                + " and object_id like ? order by sequence", id + "%")).hasSize(2).last().asString()
                .contains("encrypted (AES-256)");

        JsonObject logged = Api.get("/api/v1/disseminations?kind=RELEASE&limit=20", auditor.name(),
                auditor.password()).array().stream().map(JsonObject.class::cast)
                .filter(d -> "26-8801".equals(d.getString("caseNumber", null))).findFirst().orElseThrow();
        assertThat(logged.getString("outcome")).isEqualTo("DISCLOSED");
        assertThat(logged.getString("partnerName")).isEqualTo("Clay County Circuit Court");
        assertThat(logged.getString("legalBasis")).startsWith("SUBPOENA Subpoena duces tecum");
        assertThat(logged.getInt("readsDisclosed")).isEqualTo(1);

        User officer = TestUsers.trained("OFFICER");
        assertThat(Api.get("/api/v1/releases", officer.name(), officer.password()).status())
                .as("officers neither enter nor see releases").isEqualTo(403);
    }

    /** What the partner's callback received: which call it was, the body and its signature. */
    record Received(int call, String body, String signature) {
    }

    @Test
    @DisplayName("OD-R3 OD-H2 a partner's own entry raises a hit that is pushed to its callback, signed, retried when "
            + "refused, and logged; once the agreement is suspended the push is refused and logged")
    void partnerEntryHitsPushed() throws Exception {
        BlockingQueue<Received> received = new LinkedBlockingQueue<>();
        AtomicInteger calls = new AtomicInteger();
        HttpServer callback = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        callback.createContext("/hits", exchange -> {
            int call = calls.incrementAndGet();
            received.add(new Received(call, new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8), exchange.getRequestHeaders().getFirst("X-Platekeeper-Signature")));
            exchange.sendResponseHeaders(call == 1 ? 503 : 200, -1); // the first attempt is refused: it is retried
            exchange.close();
        });
        callback.start();
        try {
            Partner partner = partner("\"RECEIVE_ALERTS\",\"SEND_HOT_LIST_ENTRIES\"", "\"STOLEN_VEHICLE\"", 100,
                    false, today.minusDays(1), today.plusYears(1), "http://127.0.0.1:" + callback.getAddress().getPort()
                            + "/hits");
            String entryPlate = "PE" + UUID.randomUUID().toString().replace("-", "").substring(0, 5).toUpperCase();
            Api.Answer caseless = partner.post("/api/partner/v1/hotlist-entries", "{\"plate\":\"" + entryPlate
                    + "\",\"kind\":\"STOLEN_VEHICLE\",\"reason\":\"Stolen from a dealer lot on 28 November\"}");
            assertThat(caseless.status()).as("OD-H2: an entry carries its case number").isEqualTo(400);
            Api.Answer entry = partner.post("/api/partner/v1/hotlist-entries", "{\"plate\":\"" + entryPlate
                    + "\",\"state\":\"OK\",\"kind\":\"STOLEN_VEHICLE\",\"caseNumber\":\"KCPD-26-0077\","
                    + "\"reason\":\"Stolen from a dealer lot on 28 November\"}");
            assertThat(entry.status()).as(entry.toString()).isEqualTo(201);

            assertThat(CameraIngestIT.send(camera, CameraIngestIT.read(entryPlate, CameraIngestIT.minutesAgo(1), ""))
                    .status()).isEqualTo(201);
            Received refused = received.poll(20, TimeUnit.SECONDS);
            assertThat(refused).as("the hit is pushed at once").isNotNull();
            Received delivered = received.poll(40, TimeUnit.SECONDS);
            assertThat(delivered).as("the refused push is retried").isNotNull();
            assertThat(delivered.call()).isEqualTo(2);
            JsonObject hit = Json.createReader(new StringReader(delivered.body())).readObject();
            assertThat(hit.getString("plate")).isEqualTo(entryPlate);
            assertThat(hit.getJsonObject("entry").getString("caseNumber")).isEqualTo("KCPD-26-0077");
            assertThat(hit.getString("agreementId")).isEqualTo(partner.agreementId());
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(partner.token().getBytes(StandardCharsets.UTF_8))).getBytes(StandardCharsets.UTF_8),
                    "HmacSHA256"));
            assertThat(delivered.signature()).as("signed with the partner's credential").isEqualTo("sha256="
                    + HexFormat.of().formatHex(mac.doFinal(delivered.body().getBytes(StandardCharsets.UTF_8))));

            JsonArray pushes = awaitLog(partner, "ALERT_PUSH", "DISCLOSED", 1);
            assertThat(pushes.getJsonObject(0).getString("plate")).isEqualTo(entryPlate);
            assertThat(pushes.getJsonObject(0).getString("caseNumber")).isEqualTo("KCPD-26-0077");

            assertThat(Api.post("/api/v1/sharing-agreements/" + partner.agreementId() + "/suspend", supervisor.name(),
                    supervisor.password(), "{\"note\":\"MOU under review\"}").status()).isEqualTo(200);
            assertThat(CameraIngestIT.send(camera, CameraIngestIT.read(entryPlate, CameraIngestIT.minutesAgo(0), ""))
                    .status()).isEqualTo(201);
            JsonArray refusedPushes = awaitLog(partner, "ALERT_PUSH", "REFUSED", 1);
            assertThat(refusedPushes.getJsonObject(0).getString("refusalReason")).contains("suspended");
            assertThat(received.poll(3, TimeUnit.SECONDS)).as("nothing more reached the partner").isNull();
        } finally {
            callback.stop(0);
        }
    }

    @Test
    @DisplayName("OD-R3 OD-R4 a partner without the scope to send entries is refused, and the refusal recorded")
    void entriesNeedTheirScope() {
        Partner partner = queryingPartner();
        Api.Answer refused = partner.post("/api/partner/v1/hotlist-entries", "{\"plate\":\"ABC123\",\"kind\":"
                + "\"STOLEN_VEHICLE\",\"caseNumber\":\"X-1\",\"reason\":\"Stolen on 28 November downtown\"}");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.json().getString("message")).contains("SEND_HOT_LIST_ENTRIES");
        JsonArray events = Api.get("/api/v1/audit/events?action=PARTNER_ENTRY_REFUSED&limit=50", auditor.name(),
                auditor.password()).array();
        assertThat(events.stream().map(JsonObject.class::cast)
                .anyMatch(e -> e.getString("objectId", "").startsWith(partner.agreementId())))
                .as("the refusal is recorded (OD-R4)").isTrue();
    }

    /** Waits for the log to show at least {@code count} entries of that kind and outcome for the partner. */
    private static JsonArray awaitLog(Partner partner, String kind, String outcome, int count)
            throws InterruptedException {
        JsonArray found = null;
        for (int i = 0; i < 100; i++) {
            found = Api.get("/api/v1/disseminations?partner=" + partner.partnerId() + "&kind=" + kind + "&outcome="
                    + outcome, auditor.name(), auditor.password()).array();
            if (found.size() >= count) {
                return found;
            }
            Thread.sleep(200);
        }
        assertThat(found).as(kind + " " + outcome + " in the log").hasSizeGreaterThanOrEqualTo(count);
        return found;
    }
}
