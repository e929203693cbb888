package org.platekeeper.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.platekeeper.system.HotListFixtures.uniquePlate;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.platekeeper.system.CameraIngestIT.RegisteredCamera;
import org.platekeeper.system.TestUsers.User;

/**
 * Reports as records clerks, auditors and command staff get them: ordered over the API, made in the background,
 * downloaded as PDF and read back as text.
 */
@DisplayName("Reports: compliance audits, records-request responses, certificates, reviews")
class ReportsIT {

    private static User clerk;
    private static User auditor;
    private static User investigator;
    private static RegisteredCamera camera;
    private static LocalDate today;

    @BeforeAll
    static void setUp() {
        clerk = TestUsers.trained("RECORDS_CLERK");
        auditor = TestUsers.trained("AUDITOR");
        investigator = TestUsers.trained("INVESTIGATOR");
        camera = CameraIngestIT.fixedCamera();
        today = LocalDate.now(ZoneId.of(Api.get("/api/v1/policy", clerk.name(), clerk.password()).json()
                .getString("timeZone")));
    }

    static JsonObject order(User user, String kind, LocalDate from, LocalDate to, String subject) {
        Api.Answer ordered = Api.post("/api/v1/reports", user.name(), user.password(), "{\"kind\":\"" + kind
                + "\",\"from\":\"" + from + "\",\"to\":\"" + to + "\"" + (subject == null ? ""
                : ",\"subject\":\"" + subject + "\"") + "}");
        assertThat(ordered.status()).as(ordered.toString()).isEqualTo(202);
        assertThat(ordered.header("Location")).endsWith("/api/v1/reports/" + ordered.json().getString("id"));
        return ordered.json();
    }

    static JsonObject awaitDone(User user, String id) {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            JsonObject report = Api.get("/api/v1/reports/" + id, user.name(), user.password()).json();
            String status = report.getString("status");
            if (status.equals("DONE") || status.equals("FAILED") || Instant.now().isAfter(until)) {
                assertThat(status).as(report.toString()).isEqualTo("DONE");
                return report;
            }
            HotListFixtures.sleep(250);
        }
    }

    static HttpResponse<byte[]> download(User user, String id, String format) throws IOException, InterruptedException {
        return Api.client().send(Api.request("/api/v1/reports/" + id + "/" + format, user.name(), user.password())
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String pdfText(User user, String id) throws IOException, InterruptedException {
        HttpResponse<byte[]> pdf = download(user, id, "pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).contains(".pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static List<String> auditDetails(String action, String objectId) throws SQLException {
        try (Connection c = Database.connect(); PreparedStatement p = c.prepareStatement(
                "select actor || ': ' || coalesce(details, '') from audit_event where action = ? and object_id = ?"
                        + " order by sequence")) {
            p.setString(1, action);
            p.setString(2, objectId);
            try (ResultSet r = p.executeQuery()) {
                List<String> details = new ArrayList<>();
                while (r.next()) {
                    details.add(r.getString(1));
                }
                return details;
            }
        }
    }

    @Test
    @DisplayName("OD-AD3 OD-R4 a compliance audit is made in the background, shows each user's searches and the chain check, and its generation and download are audited with its digest")
    void complianceAudit() throws Exception {
        String plate = uniquePlate();
        assertThat(CameraIngestIT.send(camera, CameraIngestIT.read(plate, CameraIngestIT.minutesAgo(3), ""))
                .status()).isEqualTo(201);
        assertThat(SearchIT.search(investigator, "\"plate\":\"" + plate + "\",\"caseNumber\":\"26-8101\","
                + "\"purposeCode\":\"STOLEN_VEHICLE\"").status()).isEqualTo(201);

        JsonObject ordered = order(auditor, "COMPLIANCE_AUDIT", today.minusDays(1), today, null);
        assertThat(ordered.getString("status")).isIn("QUEUED", "RUNNING", "DONE");
        String id = ordered.getString("id");
        JsonObject done = awaitDone(auditor, id);
        String digest = done.getString("digest");
        assertThat(digest).matches("[0-9a-f]{64}");
        assertThat(done.getInt("progress")).isEqualTo(100);
        assertThat(done.getBoolean("csvAvailable")).isTrue();

        String text = pdfText(auditor, id);
        assertThat(text).contains("Compliance audit", "Odessa Police Department", "Period: " + today.minusDays(1)
                + " to " + today, "Historical searches by user", investigator.name(), "Audit-chain verification",
                "Intact", digest);
        HttpResponse<byte[]> csv = download(auditor, id, "csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(new String(csv.body())).startsWith("User,Searches,Fully justified,Incomplete,Refused")
                .contains(investigator.name() + ",");
        assertThat(csv.headers().firstValue("X-Report-Digest")).contains(digest);

        assertThat(auditDetails("REPORT_ORDERED", id)).singleElement().asString().startsWith(auditor.name());
        assertThat(auditDetails("REPORT_GENERATED", id)).singleElement().asString()
                .startsWith(auditor.name()).contains("data SHA-256 " + digest);
        assertThat(auditDetails("REPORT_DOWNLOADED", id)).hasSize(2).allSatisfy(d -> assertThat(d).contains(digest));
    }

    @Test
    @DisplayName("OD-T2 a records-request response is attached to the request and gives figures, audit summary and exemptions, with no plate, name or place in it")
    void recordsResponseWithholdsPersonalData() throws Exception {
        String plate = uniquePlate();
        assertThat(CameraIngestIT.send(camera, CameraIngestIT.read(plate, CameraIngestIT.minutesAgo(2), ""))
                .status()).isEqualTo(201);
        assertThat(SearchIT.search(investigator, "\"plate\":\"" + plate + "\",\"caseNumber\":\"26-8102\","
                + "\"purposeCode\":\"STOLEN_VEHICLE\"").status()).isEqualTo(201);
        Api.Answer filed = Api.post("/api/public/records-requests", null, null, "{\"name\":\"Pat Requester\","
                + "\"contact\":\"pat@example.org\",\"request\":\"Every read of plate " + plate + " this month\"}");
        assertThat(filed.status()).isEqualTo(201);
        String number = filed.json().getString("trackingNumber");
        JsonObject entry = Api.get("/api/v1/records-requests", clerk.name(), clerk.password()).array().stream()
                .map(JsonObject.class::cast).filter(r -> number.equals(r.getString("trackingNumber"))).findFirst()
                .orElseThrow();

        Api.Answer ordered = Api.post("/api/v1/records-requests/" + entry.getString("id") + "/response-report",
                clerk.name(), clerk.password(), "{\"from\":\"" + today.minusDays(7) + "\",\"to\":\"" + today + "\"}");
        assertThat(ordered.status()).as(ordered.toString()).isEqualTo(202);
        String id = ordered.json().getString("id");
        awaitDone(clerk, id);

        String text = pdfText(clerk, id);
        assertThat(text).contains("Response to a public-records request", number, "Missouri Sunshine Law",
                "Plate reads captured", "Audit trail summary", "Search run", "Withheld", "RSMo 610.100",
                "Investigative records");
        assertThat(text).doesNotContain(plate, investigator.name(), camera.id(), "Pat Requester", "26-8102",
                "Main St", "36.30");
        assertThat(download(clerk, id, "csv").statusCode()).as("a response is not a table").isEqualTo(400);

        JsonObject attached = Api.get("/api/v1/records-requests", clerk.name(), clerk.password()).array().stream()
                .map(JsonObject.class::cast).filter(r -> number.equals(r.getString("trackingNumber"))).findFirst()
                .orElseThrow();
        assertThat(attached.getString("responseReportId")).isEqualTo(id);
    }

    @Test
    @DisplayName("PC-B3 OD-H3 the hot-list review lists the entries overdue for review, in PDF and CSV")
    void hotListReview() throws Exception {
        User officer = TestUsers.trained("OFFICER");
        User supervisor = TestUsers.trained("SUPERVISOR");
        String plate = uniquePlate();
        Api.Answer requested = Api.post("/api/v1/hotlists/custom-entries", officer.name(), officer.password(),
                "{\"plate\":\"" + plate + "\",\"state\":\"MO\",\"kind\":\"INVESTIGATION\",\"reason\":\"Seen leaving"
                        + " a burglary scene\",\"caseNumber\":\"26-8103\"}");
        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
        long entry = requested.json().getJsonNumber("id").longValue();
        assertThat(Api.post("/api/v1/hotlists/custom-entries/" + entry + "/approve", supervisor.name(),
                supervisor.password(), "{\"note\":\"Case open\"}").status()).isEqualTo(200);
        try (Connection c = Database.connect(); PreparedStatement p = c.prepareStatement(
                "update hot_list_entry set review_due = ? where id = ?")) {
            p.setObject(1, today.minusDays(2));
            p.setLong(2, entry);
            p.executeUpdate();
        }
        String id = order(clerk, "HOT_LIST_REVIEW", today, today, null).getString("id");
        awaitDone(clerk, id);
        String text = pdfText(clerk, id);
        assertThat(text).contains("Hot-list review", "Overdue for review", plate + " (MO)", "26-8103");
        assertThat(new String(download(clerk, id, "csv").body())).contains(plate + " (MO)",
                today.minusDays(2).toString());
    }

    @Test
    @DisplayName("PC-C1 OD-R5 PC-C2 the purge certificate and a hold's chain of custody are reports of their own")
    void purgeCertificateAndCustody() throws Exception {
        User admin = TestUsers.trained("ADMINISTRATOR");
        User supervisor = TestUsers.trained("SUPERVISOR");
        String plate = uniquePlate();
        UUID read = PastReads.insert(camera.id(), plate, Instant.now().minus(Duration.ofDays(3)));
        SearchIT.reach(investigator, "26-8104", plate);
        Api.Answer hold = Api.post("/api/v1/holds", investigator.name(), investigator.password(), "{\"caseNumber\":"
                + "\"26-8104\",\"legalBasis\":\"EVIDENCE\",\"description\":\"Vehicle in the Oak St burglary\","
                + "\"reviewDate\":\"" + today.plusMonths(6) + "\",\"readIds\":[\"" + read + "\"]}");
        assertThat(hold.status()).as(hold.toString()).isEqualTo(201);
        String holdId = hold.json().getString("id");
        assertThat(Api.post("/api/v1/holds/" + holdId + "/approve", supervisor.name(), supervisor.password(),
                "{\"note\":\"Evidence in a pending prosecution\"}").status()).isEqualTo(200);

        String custody = order(clerk, "CHAIN_OF_CUSTODY", today, today, holdId).getString("id");
        awaitDone(clerk, custody);
        assertThat(pdfText(clerk, custody)).contains("Chain of custody", "26-8104", "Hold requested",
                "Hold approved", supervisor.name(), "Reads held 1");

        Api.Answer purged = Api.post("/api/v1/purges", admin.name(), admin.password(), "");
        assertThat(purged.status()).as(purged.toString()).isEqualTo(200);
        String runId = purged.json().getString("id");
        String certificate = order(auditor, "PURGE_CERTIFICATE", today, today, runId).getString("id");
        awaitDone(auditor, certificate);
        assertThat(pdfText(auditor, certificate)).contains("Purge certificate", runId, "Retention", "30 days",
                purged.json().getString("digest"), "still matches");
    }

    @Test
    @DisplayName("OD-T1 the transparency summary gives the public page's figures for a period")
    void transparencySummary() throws Exception {
        String id = order(clerk, "TRANSPARENCY_SUMMARY", today.minusDays(29), today, null).getString("id");
        awaitDone(clerk, id);
        String text = pdfText(clerk, id);
        long reads;
        try (Connection c = Database.connect(); PreparedStatement p = c.prepareStatement(
                "select count(*) from kept_read where captured_at >= ?")) {
            p.setObject(1, today.minusDays(29).atStartOfDay(ZoneId.of("America/Chicago")).toOffsetDateTime());
            try (ResultSet r = p.executeQuery()) {
                r.next();
                reads = r.getLong(1);
            }
        }
        assertThat(text).contains("Transparency summary", "Plate reads captured " + String.format("%,d", reads),
                "Historical searches", "Agencies data is shared with");
    }

    @Test
    @DisplayName("OD-R5 a report past its keeping time is no longer served and its files are deleted; the register keeps its digest")
    void expiredReport() throws Exception {
        String id = order(clerk, "TRANSPARENCY_SUMMARY", today, today, null).getString("id");
        String digest = awaitDone(clerk, id).getString("digest");
        assertThat(download(clerk, id, "pdf").statusCode()).isEqualTo(200);
        try (Connection c = Database.connect(); PreparedStatement p = c.prepareStatement(
                "update generated_report set keep_until = ? where id = ?::uuid")) {
            p.setObject(1, today.minusDays(1));
            p.setString(2, id);
            p.executeUpdate();
        }
        HttpResponse<byte[]> gone = download(clerk, id, "pdf");
        assertThat(gone.statusCode()).isEqualTo(409);
        assertThat(new String(gone.body())).contains("files were deleted");
        JsonObject expired = Api.get("/api/v1/reports/" + id, clerk.name(), clerk.password()).json();
        assertThat(expired.getString("status")).isEqualTo("EXPIRED");
        assertThat(expired.getString("digest")).isEqualTo(digest);
        try (Connection c = Database.connect(); PreparedStatement p = c.prepareStatement(
                "select count(*) from generated_report_file where report_id = ?::uuid")) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                assertThat(r.getInt(1)).isZero();
            }
        }
    }

    @Test
    @DisplayName("OD-AD3 last month's compliance audit is made by the monthly timer without anyone ordering it")
    void monthlyComplianceAudit() {
        LocalDate first = today.withDayOfMonth(1).minusMonths(1);
        Instant until = Instant.now().plus(Duration.ofSeconds(90));
        JsonObject monthly = null;
        while (monthly == null && Instant.now().isBefore(until)) {
            monthly = Api.get("/api/v1/reports", auditor.name(), auditor.password()).array().stream()
                    .map(JsonObject.class::cast).filter(r -> r.getBoolean("scheduled")
                            && r.getString("periodFrom").equals(first.toString())).findFirst().orElse(null);
            HotListFixtures.sleep(500);
        }
        assertThat(monthly).as("a scheduled report for " + first).isNotNull();
        assertThat(monthly.getString("kind")).isEqualTo("COMPLIANCE_AUDIT");
        assertThat(monthly.getString("periodTo")).isEqualTo(first.plusMonths(1).minusDays(1).toString());
        assertThat(monthly.getString("requestedBy")).isEqualTo("system");
        awaitDone(auditor, monthly.getString("id"));
    }

    @Test
    @DisplayName("OD-AD3 only records clerks, auditors and command staff order reports; bad orders are refused with the reason")
    void refusals() {
        User officer = TestUsers.trained("OFFICER");
        Api.Answer byOfficer = Api.post("/api/v1/reports", officer.name(), officer.password(),
                "{\"kind\":\"COMPLIANCE_AUDIT\",\"from\":\"" + today + "\",\"to\":\"" + today + "\"}");
        assertThat(byOfficer.status()).isEqualTo(403);
        assertThat(Api.get("/api/v1/reports", officer.name(), officer.password()).status()).isEqualTo(403);

        User staff = TestUsers.trained("COMMAND_STAFF");
        assertRefused(staff, "{\"kind\":\"COMPLIANCE_AUDIT\",\"from\":\"" + today + "\",\"to\":\""
                + today.minusDays(1) + "\"}", 400, "ends before it starts");
        assertRefused(staff, "{\"kind\":\"NO_SUCH_REPORT\",\"from\":\"" + today + "\",\"to\":\"" + today + "\"}",
                400, "");
        assertRefused(staff, "{\"kind\":\"COMPLIANCE_AUDIT\",\"to\":\"" + today + "\"}", 400, "first day");
        assertRefused(staff, "{\"kind\":\"PURGE_CERTIFICATE\",\"from\":\"" + today + "\",\"to\":\"" + today + "\"}",
                400, "names its purge");
        assertRefused(staff, "{\"kind\":\"CHAIN_OF_CUSTODY\",\"from\":\"" + today + "\",\"to\":\"" + today
                + "\",\"subject\":\"" + UUID.randomUUID() + "\"}", 404, "legal hold");
        assertRefused(staff, "{\"kind\":\"COMPLIANCE_AUDIT\",\"from\":\"" + today.minusYears(2) + "\",\"to\":\""
                + today + "\"}", 400, "at most 367 days");
        assertThat(Api.get("/api/v1/reports/" + UUID.randomUUID(), staff.name(), staff.password()).status())
                .isEqualTo(404);
    }

    private static void assertRefused(User user, String json, int status, String mention) {
        Api.Answer refused = Api.post("/api/v1/reports", user.name(), user.password(), json);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(status);
        assertThat(refused.body()).as("the message or its details").contains(mention);
    }
}
