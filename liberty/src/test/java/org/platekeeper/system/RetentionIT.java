package org.platekeeper.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.platekeeper.system.HotListFixtures.uniquePlate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.platekeeper.system.CameraIngestIT.RegisteredCamera;
import org.platekeeper.system.TestUsers.User;

/** The system-test server runs the default profile, Odessa: 30 calendar days. */
@DisplayName("Retention, legal holds and evidence")
class RetentionIT {

    private static User admin;
    private static User investigator;
    private static User supervisor;
    private static RegisteredCamera camera;

    @BeforeAll
    static void setUp() {
        admin = TestUsers.trained("ADMINISTRATOR");
        investigator = TestUsers.trained("INVESTIGATOR");
        supervisor = TestUsers.trained("SUPERVISOR");
        camera = CameraIngestIT.fixedCamera();
    }

    private static Instant daysAgo(double days) {
        return Instant.now().minus(Duration.ofMinutes((long) (days * 24 * 60)));
    }

    private static JsonObject hold(String json) {
        Api.Answer requested = Api.post("/api/v1/holds", investigator.name(), investigator.password(), json);
        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
        String id = requested.json().getString("id");
        Api.Answer approved = Api.post("/api/v1/holds/" + id + "/approve", supervisor.name(), supervisor.password(),
                "{\"note\":\"Evidence in a pending prosecution\"}");
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        return approved.json();
    }

    private static JsonObject purge() {
        Api.Answer purged = Api.post("/api/v1/purges", admin.name(), admin.password(), "");
        assertThat(purged.status()).as(purged.toString()).isEqualTo(200);
        return purged.json();
    }

    @Test
    @DisplayName("OD-R5 PC-C2 a purge removes reads past 30 days with their images and alerts, keeps held reads, and leaves newer reads alone")
    void purgeKeepsHeldReads() throws SQLException {
        String plate = uniquePlate();
        UUID old = PastReads.insert(camera.id(), plate, daysAgo(45));
        PastReads.alertFor(old, camera.id(), plate, daysAgo(45));
        UUID held = PastReads.insert(camera.id(), plate, daysAgo(35));
        PastReads.alertFor(held, camera.id(), plate, daysAgo(35));
        UUID justPast = PastReads.insert(camera.id(), plate, daysAgo(31));
        UUID inside = PastReads.insert(camera.id(), plate, daysAgo(29));
        UUID recent = PastReads.insert(camera.id(), plate, daysAgo(2));
        SearchIT.reach(investigator, "26-7001", plate);
        JsonObject hold = hold("{\"caseNumber\":\"26-7001\",\"legalBasis\":\"EVIDENCE\",\"description\":\"Vehicle "
                + "used in the Elm St robbery\",\"reviewDate\":\"" + LocalDate.now().plusMonths(6) + "\",\"readIds\":[\""
                + held + "\"]}");
        assertThat(hold.getInt("reads")).isEqualTo(1);

        JsonObject run = purge();

        assertThat(run.getString("status")).isEqualTo("COMPLETED");
        assertThat(run.getInt("retentionDays")).isEqualTo(30);
        assertThat(run.getBoolean("digestVerifies")).isTrue();
        assertThat(run.getJsonNumber("readsDeleted").longValue()).isGreaterThanOrEqualTo(2);
        assertThat(run.getJsonNumber("readsRetained").longValue()).isGreaterThanOrEqualTo(1);
        assertThat(run.getString("certificate")).contains("partition dropped", "legal hold");
        assertThat(PastReads.whereIs(old)).isEqualTo("gone");
        assertThat(PastReads.images(old)).isZero();
        assertThat(PastReads.alerts(old)).isZero();
        assertThat(PastReads.whereIs(justPast)).isEqualTo("gone");
        assertThat(PastReads.whereIs(held)).isEqualTo("retained");
        assertThat(PastReads.images(held)).isEqualTo(1);
        assertThat(PastReads.alerts(held)).as("a held read keeps its alert").isEqualTo(1);
        assertThat(PastReads.whereIs(inside)).isEqualTo("partition");
        assertThat(PastReads.whereIs(recent)).isEqualTo("partition");

        Api.Answer found = SearchIT.search(investigator, "\"plate\":\"" + plate + "\",\"caseNumber\":\"26-7001\"");
        assertThat(found.json().getJsonArray("results")).extracting(v -> v.asJsonObject().getString("id"))
                .as("search finds held reads in the retained store").contains(held.toString(), inside.toString());

        Api.Answer released = Api.post("/api/v1/holds/" + hold.getString("id") + "/release", supervisor.name(),
                supervisor.password(), "{\"note\":\"Case closed with a plea\"}");
        assertThat(released.json().getString("status")).isEqualTo("RELEASED");
        JsonObject next = purge();
        assertThat(next.getString("status")).isEqualTo("COMPLETED");
        assertThat(next.getString("certificate")).contains("retained store");
        assertThat(PastReads.whereIs(held)).as("PC-C2 released, it is purged at the next run").isEqualTo("gone");
        assertThat(PastReads.alerts(held)).isZero();
        assertThat(PastReads.whereIs(inside)).isEqualTo("partition");
    }

    @Test
    @DisplayName("the purge certificate is in the audit trail with its digest, and purging is for administrators only")
    void certificateAudited() throws SQLException {
        JsonObject run = purge();
        try (Connection c = Database.connect(); PreparedStatement p = c.prepareStatement(
                "select details, actor from audit_event where action = 'PURGE_COMPLETED' and object_id = ?")) {
            p.setString(1, run.getString("id"));
            try (ResultSet r = p.executeQuery()) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).contains(run.getString("digest"));
                assertThat(r.getString(2)).isEqualTo(admin.name());
            }
        }
        assertThat(Api.get("/api/v1/purges/" + run.getString("id"), admin.name(), admin.password()).json()
                .getString("certificate")).isEqualTo(run.getString("certificate"));
        assertThat(Api.post("/api/v1/purges", investigator.name(), investigator.password(), "").status())
                .isEqualTo(403);
        Api.Answer schedule = Api.get("/api/v1/purges/schedule", admin.name(), admin.password());
        assertThat(schedule.json().getInt("retentionDays")).isEqualTo(30);
        assertThat(schedule.json().getString("nextRun")).isNotBlank();
    }

    @Test
    @DisplayName("PC-C3 OD-R6 an evidence package's manifest matches its files, and its download is audited with the recipient")
    void evidencePackage() throws Exception {
        String plate = uniquePlate();
        UUID first = PastReads.insert(camera.id(), plate, daysAgo(3));
        UUID second = PastReads.insert(camera.id(), plate, daysAgo(1));
        String searchId = SearchIT.search(investigator, "\"plate\":\"" + plate + "\",\"caseNumber\":\"26-7002\"")
                .json().getJsonObject("search").getString("id");
        JsonObject hold = hold("{\"caseNumber\":\"26-7002\",\"legalBasis\":\"DISCOVERY_REQUEST\",\"description\":"
                + "\"Defence discovery request in State v. Doe\",\"reviewDate\":\"" + LocalDate.now().plusMonths(3)
                + "\",\"searchId\":\"" + searchId + "\"}");
        assertThat(hold.getInt("reads")).isEqualTo(2);
        String id = hold.getString("id");
        assertThat(Api.get("/api/v1/holds/" + id + "/evidence", investigator.name(), investigator.password())
                .status()).as("a recipient is required").isEqualTo(400);

        HttpResponse<byte[]> download = Api.client().send(Api.request("/api/v1/holds/" + id
                + "/evidence?recipient=County%20Prosecutor", investigator.name(), investigator.password())
                .header("Accept", "application/zip").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        Map<String, byte[]> files = unzip(download.body());
        assertThat(files).containsKeys("reads.json", "reads.csv", "chain-of-custody.txt", "manifest-sha256.txt",
                "images/" + first + "-plate.jpg", "images/" + second + "-plate.jpg");
        String manifest = new String(files.get("manifest-sha256.txt"));
        int checked = 0;
        for (String line : manifest.split("\n")) {
            String[] parts = line.split("  ", 2);
            assertThat(parts[0]).as(parts[1]).isEqualTo(sha256(files.get(parts[1])));
            checked++;
        }
        assertThat(checked).isEqualTo(files.size() - 1);
        assertThat(new String(files.get("chain-of-custody.txt"))).contains("26-7002", "County Prosecutor",
                "DISCOVERY_REQUEST");
        assertThat(new String(files.get("reads.csv"))).contains(plate);
        try (Connection c = Database.connect(); PreparedStatement p = c.prepareStatement(
                "select details, actor, purpose from audit_event where action = 'EVIDENCE_EXPORTED'"
                        + " and object_id = ?")) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).contains("County Prosecutor", "2 reads");
                assertThat(r.getString(2)).isEqualTo(investigator.name());
                assertThat(r.getString(3)).isEqualTo("case 26-7002");
            }
        }
    }

    @Test
    @DisplayName("PC-C2 a hold is approved only by another supervisor, needs its basis and review date, and only a supervisor releases it")
    void holdRules() {
        String plate = uniquePlate();
        String read = CameraIngestIT.send(camera, "{\"plate\":\"" + plate + "\",\"capturedAt\":\""
                + CameraIngestIT.minutesAgo(5) + "\"}").json().getJsonArray("ids").getString(0);
        String body = "{\"caseNumber\":\"26-7003\",\"legalBasis\":\"PRESERVATION_LETTER\",\"description\":"
                + "\"Preservation letter from the defence\",\"reviewDate\":\"%s\",\"readIds\":[\"" + read + "\"]}";
        SearchIT.reach(investigator, "26-7003", plate);
        SearchIT.reach(supervisor, "26-7003", plate);
        assertThat(Api.post("/api/v1/holds", investigator.name(), investigator.password(),
                // two days back is past in the agency's zone whatever this machine's zone is
                body.formatted(LocalDate.now().minusDays(2))).status()).isEqualTo(400);
        assertThat(Api.post("/api/v1/holds", investigator.name(), investigator.password(),
                body.replace("PRESERVATION_LETTER", "HUNCH").formatted(LocalDate.now().plusDays(30))).status())
                .isEqualTo(400);
        Api.Answer requested = Api.post("/api/v1/holds", supervisor.name(), supervisor.password(),
                body.formatted(LocalDate.now().plusDays(30)));
        String id = requested.json().getString("id");
        assertThat(Api.post("/api/v1/holds/" + id + "/approve", supervisor.name(), supervisor.password(), "{}")
                .status()).isEqualTo(409);
        assertThat(Api.get("/api/v1/holds/" + id, supervisor.name(), supervisor.password()).json()
                .getString("status")).as("a refused approval leaves the hold requested").isEqualTo("REQUESTED");
        User other = TestUsers.trained("SUPERVISOR");
        assertThat(Api.post("/api/v1/holds/" + id + "/approve", other.name(), other.password(), "{}").status())
                .isEqualTo(200);
        assertThat(Api.post("/api/v1/holds/" + id + "/release", investigator.name(), investigator.password(),
                "{\"note\":\"done\"}").status()).isEqualTo(403);
        assertThat(Api.post("/api/v1/holds/" + id + "/release", other.name(), other.password(), "{}").status())
                .as("a release says why").isEqualTo(400);
        assertThat(Api.get("/api/v1/holds/" + id, other.name(), other.password()).json().getString("status"))
                .as("refused releases leave it active").isEqualTo("ACTIVE");
        assertThat(Api.post("/api/v1/holds", investigator.name(), investigator.password(),
                body.replace(read, UUID.randomUUID().toString()).formatted(LocalDate.now().plusDays(30))).status())
                .as("an unknown read, which no search of the case reached").isEqualTo(403);
    }

    @Test
    @DisplayName("PC-C1 PC-G1 OD-R5 a plate past the read retention is in the audit trail, the search log and the dissemination log before the purge, nowhere in the database after it, and the audit chain verifies before and after")
    void plateNowhereAfterRetention() throws Exception {
        String plate = uniquePlate();
        Instant past = daysAgo(40);
        UUID read = PastReads.insert(camera.id(), plate, past);
        PastReads.alertFor(read, camera.id(), plate, past);
        UUID search = UUID.randomUUID();
        try (Connection c = Database.connect(); PreparedStatement p = c.prepareStatement("""
                insert into historical_search (id, username, created_at, criteria, criteria_summary, case_number,
                                               narrative, status)
                values (?, 'investigator-past', ?, ?, ?, '26-9901', ?, 'RUN')""")) {
            p.setObject(1, search);
            p.setTimestamp(2, java.sql.Timestamp.from(past));
            p.setString(3, "{\"plate\":\"" + plate + "\"}");
            p.setString(4, "plate " + plate);
            p.setString(5, "Looking for " + plate + " seen at the burglary");
            p.executeUpdate();
        }
        try (Connection c = Database.connect(); PreparedStatement p = c.prepareStatement("""
                insert into dissemination (id, at, kind, outcome, partner_name, plate, reads_disclosed, images_included)
                values (?, ?, 'QUERY', 'DISCLOSED', 'Clay County Sheriff', ?, 1, false)""")) {
            p.setObject(1, UUID.randomUUID());
            p.setTimestamp(2, java.sql.Timestamp.from(past));
            p.setString(3, plate);
            p.executeUpdate();
        }
        long searched = PastAudit.append(past, "investigator-past", PastAudit.action("SEARCH_RUN", "search",
                search.toString(), "plate " + plate + "; 1 reads; page 0 of size 50"));
        PastAudit.append(past.plusSeconds(5), "investigator-past", PastAudit.action("READ_OPENED", "read",
                read + " (" + plate + ")", "from search " + search));
        PastAudit.append(past.plusSeconds(9), "officer-past", PastAudit.action("ALERT_RAISED", "alert",
                UUID.randomUUID() + " (" + plate + ")", "custom entries, exact"));
        User auditor = TestUsers.trained("AUDITOR");
        assertThat(columnsHolding(plate)).as("before the purge").contains("audit_event.details",
                "audit_event.object_id", "historical_search.criteria", "dissemination.plate", "plate_read.plate");
        assertThat(Api.get("/api/v1/audit/verify", auditor.name(), auditor.password()).json().getBoolean("intact"))
                .isTrue();

        JsonObject run = purge();

        assertThat(run.getString("status")).isEqualTo("COMPLETED");
        assertThat(run.getString("certificate")).contains("Plate data removed past retention: 3 audit events");
        assertThat(columnsHolding(plate)).as("after the purge").isEmpty();
        JsonObject chain = Api.get("/api/v1/audit/verify", auditor.name(), auditor.password()).json();
        assertThat(chain.getBoolean("intact")).as(chain.toString()).isTrue();
        try (Connection c = Database.connect(); PreparedStatement p = c.prepareStatement(
                "select action, actor, object_id, details, redacted_at from audit_event where sequence = ?")) {
            p.setLong(1, searched);
            try (ResultSet r = p.executeQuery()) {
                assertThat(r.next()).as("the event stays, who did what when").isTrue();
                assertThat(r.getString("action")).isEqualTo("SEARCH_RUN");
                assertThat(r.getString("actor")).isEqualTo("investigator-past");
                assertThat(r.getString("details")).isNull();
                assertThat(r.getTimestamp("redacted_at")).isNotNull();
            }
        }
        try (Connection c = Database.connect(); PreparedStatement p = c.prepareStatement(
                "select case_number from historical_search where id = ?")) {
            p.setObject(1, search);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                assertThat(r.getString(1)).as("the justification stays for the auditor").isEqualTo("26-9901");
            }
        }
    }

    @Test
    @DisplayName("PC-C2 a hold request no supervisor decides within the profile's 7 days lapses at the next purge, which then takes its reads")
    void undecidedRequestLapses() throws SQLException {
        String plate = uniquePlate();
        UUID old = PastReads.insert(camera.id(), plate, daysAgo(41));
        SearchIT.reach(investigator, "26-7010", plate);
        Api.Answer requested = Api.post("/api/v1/holds", investigator.name(), investigator.password(),
                "{\"caseNumber\":\"26-7010\",\"legalBasis\":\"EVIDENCE\",\"description\":\"Vehicle seen at the"
                        + " Elm St robbery\",\"reviewDate\":\"" + LocalDate.now().plusMonths(6) + "\",\"readIds\":[\""
                        + old + "\"]}");
        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
        String id = requested.json().getString("id");
        assertThat(requested.json().getString("decideBy")).as("the supervisor sees when it lapses").isNotBlank();
        purge();
        assertThat(PastReads.whereIs(old)).as("a fresh request protects its reads").isEqualTo("retained");

        try (Connection c = Database.connect(); PreparedStatement p = c.prepareStatement(
                "update legal_hold set requested_at = requested_at - interval '8 days' where id = ?::uuid")) {
            p.setString(1, id);
            p.executeUpdate();
        }
        purge();

        JsonObject hold = Api.get("/api/v1/holds/" + id, investigator.name(), investigator.password()).json();
        assertThat(hold.getString("status")).isEqualTo("LAPSED");
        assertThat(hold.getString("decisionNote")).contains("not decided within 7 days");
        assertThat(PastReads.whereIs(old)).isEqualTo("gone");
        try (Connection c = Database.connect(); PreparedStatement p = c.prepareStatement(
                "select count(*) from audit_event where action = 'HOLD_REQUEST_LAPSED' and object_id = ?")) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                assertThat(r.getInt(1)).isEqualTo(1);
            }
        }
    }

    /** Every text column of every table of the database in which the text appears, as table.column. */
    static java.util.List<String> columnsHolding(String text) throws SQLException {
        java.util.List<String> found = new java.util.ArrayList<>();
        try (Connection c = Database.connect()) {
            java.util.List<String[]> columns = new java.util.ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("""
                    select c.table_name, c.column_name from information_schema.columns c
                      join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                     where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
                       and c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb')
                       and c.table_name not like 'flyway%'""");
                 ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    columns.add(new String[] {r.getString(1), r.getString(2)});
                }
            }
            for (String[] column : columns) {
                try (PreparedStatement p = c.prepareStatement("select count(*) from only \"" + column[0] + "\" where \""
                        + column[1] + "\"::text like ?")) {
                    p.setString(1, "%" + text + "%");
                    try (ResultSet r = p.executeQuery()) {
                        r.next();
                        if (r.getLong(1) > 0) {
                            found.add(column[0].replaceAll("_\\d{8}$", "") + "." + column[1]);
                        }
                    }
                }
            }
        }
        return found;
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    @DisplayName("PC-C2 a hold keeps only reads its requester reached through a search of that case: a read id from elsewhere, or a search under another case, is refused and the refusal recorded")
    void holdOnlyOnReachedReads() throws SQLException {
        String plate = uniquePlate();
        UUID read = PastReads.insert(camera.id(), plate, daysAgo(2));
        String body = "{\"caseNumber\":\"26-7020\",\"legalBasis\":\"EVIDENCE\",\"description\":\"Vehicle seen at"
                + " the Elm St robbery\",\"reviewDate\":\"" + LocalDate.now().plusMonths(6) + "\",%s}";
        Api.Answer unreached = Api.post("/api/v1/holds", investigator.name(), investigator.password(),
                body.formatted("\"readIds\":[\"" + read + "\"]"));
        assertThat(unreached.status()).as(unreached.toString()).isEqualTo(403);
        assertThat(unreached.json().getString("message")).contains("not found by a search of yours", "PC-C2");

        String otherCase = SearchIT.search(investigator, "\"plate\":\"" + plate + "\",\"caseNumber\":\"26-7021\"")
                .json().getJsonObject("search").getString("id");
        assertThat(Api.post("/api/v1/holds", investigator.name(), investigator.password(),
                body.formatted("\"searchId\":\"" + otherCase + "\"")).status()).as("a search of another case")
                .isEqualTo(403);
        assertThat(Api.post("/api/v1/holds", investigator.name(), investigator.password(),
                body.formatted("\"readIds\":[\"" + read + "\"]")).status()).as("nor does it reach for this one")
                .isEqualTo(403);

        SearchIT.reach(investigator, "26-7020", plate);
        assertThat(hold(body.formatted("\"readIds\":[\"" + read + "\"]")).getInt("reads")).isEqualTo(1);
        assertThat(Database.column("select count(*) from audit_event where action = 'HOLD_REQUESTED'"
                + " and outcome = 'DENIED' and actor = ?", investigator.name())).containsExactly("3");
    }

    @Test
    @DisplayName("PC-C3 an evidence package goes to the hold's requester, a supervisor, or an investigator who searched under its case; anyone else is refused and the refusal recorded")
    void evidenceToTheCaseTeam() throws SQLException {
        String plate = uniquePlate();
        PastReads.insert(camera.id(), plate, daysAgo(1));
        String searchId = SearchIT.search(investigator, "\"plate\":\"" + plate + "\",\"caseNumber\":\"26-7030\"")
                .json().getJsonObject("search").getString("id");
        String id = hold("{\"caseNumber\":\"26-7030\",\"legalBasis\":\"EVIDENCE\",\"description\":\"Vehicle in the"
                + " Ash St burglary\",\"reviewDate\":\"" + LocalDate.now().plusMonths(3) + "\",\"searchId\":\""
                + searchId + "\"}").getString("id");
        String evidence = "/api/v1/holds/" + id + "/evidence?recipient=County%20Prosecutor";
        User outsider = TestUsers.trained("INVESTIGATOR");
        Api.Answer refused = Api.get(evidence, outsider.name(), outsider.password());
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.json().getString("message")).contains("case team", "26-7030").doesNotContain(plate);

        User colleague = TestUsers.trained("INVESTIGATOR");
        SearchIT.reach(colleague, "26-7030", plate);
        assertThat(Api.get(evidence, colleague.name(), colleague.password()).status()).isEqualTo(200);
        assertThat(Api.get(evidence, supervisor.name(), supervisor.password()).status()).isEqualTo(200);
        assertThat(Api.get(evidence, investigator.name(), investigator.password()).status()).isEqualTo(200);
        assertThat(Database.column("select actor || ' ' || outcome from audit_event"
                + " where action = 'EVIDENCE_EXPORTED' and object_id = ? order by sequence", id)).containsExactly(
                outsider.name() + " DENIED", colleague.name() + " SUCCESS", supervisor.name() + " SUCCESS",
                investigator.name() + " SUCCESS");
    }

    @Test
    @DisplayName("PC-C3 SC-28 an evidence package asked for with a passphrase is AES-256 encrypted: unreadable without it, the same files and manifest with it, and the download says so in the trail")
    void encryptedEvidence() throws Exception {
        String plate = uniquePlate();
        UUID read = PastReads.insert(camera.id(), plate, daysAgo(1));
        SearchIT.reach(investigator, "26-7040", plate);
        String id = hold("{\"caseNumber\":\"26-7040\",\"legalBasis\":\"EVIDENCE\",\"description\":\"Vehicle in the"
                + " Birch St burglary\",\"reviewDate\":\"" + LocalDate.now().plusMonths(3) + "\",\"readIds\":[\"" + read
                + "\"]}").getString("id");
        String passphrase = "river lantern orbit 7";
        java.util.function.Function<String, HttpResponse<byte[]>> post = form -> Api.postForm("/api/v1/holds/" + id
                + "/evidence", investigator.name(), investigator.password(), form);
        assertThat(post.apply("recipient=County%20Prosecutor&passphrase=short").statusCode())
                .as("a passphrase under 12 characters").isEqualTo(400);
        HttpResponse<byte[]> download = post.apply("recipient=County%20Prosecutor&passphrase="
                + java.net.URLEncoder.encode(passphrase, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(download.statusCode()).as(new String(download.body())).isEqualTo(200);
        Map<String, byte[]> files = openEncrypted(download.body(), passphrase);
        assertThat(files).containsKeys("reads.csv", "chain-of-custody.txt", "manifest-sha256.txt",
                "images/" + read + "-plate.jpg");
        assertThat(new String(files.get("reads.csv"))).contains(plate);
        for (String line : new String(files.get("manifest-sha256.txt")).split("\n")) {
            String[] parts = line.split("  ", 2);
            assertThat(parts[0]).as(parts[1]).isEqualTo(sha256(files.get(parts[1])));
        }
        assertThat(Database.column("select details from audit_event where action = 'EVIDENCE_EXPORTED'"
                + " and object_id = ?", id)).singleElement().asString().contains("encrypted (AES-256)");
    }

    /**
     * The files of a package encrypted under the passphrase, after checking that plain ZIP tools cannot read it and
     * that every file is AES-256.
     */
    static Map<String, byte[]> openEncrypted(byte[] archive, String passphrase) throws java.io.IOException {
        try (java.util.zip.ZipInputStream plain = new java.util.zip.ZipInputStream(
                new java.io.ByteArrayInputStream(archive))) {
            assertThatThrownBy(() -> plain.read(plain.getNextEntry() == null ? null : new byte[16]))
                    .as("without the passphrase").hasMessageContaining("encrypted");
        }
        java.nio.file.Path zip = java.nio.file.Files.createTempFile("package", ".zip");
        java.nio.file.Files.write(zip, archive);
        try (net.lingala.zip4j.ZipFile opened = new net.lingala.zip4j.ZipFile(zip.toFile(),
                passphrase.toCharArray())) {
            assertThat(opened.isEncrypted()).isTrue();
            Map<String, byte[]> files = new java.util.LinkedHashMap<>();
            for (net.lingala.zip4j.model.FileHeader header : opened.getFileHeaders()) {
                assertThat(header.getEncryptionMethod()).isEqualTo(net.lingala.zip4j.model.enums.EncryptionMethod.AES);
                assertThat(header.getAesExtraDataRecord().getAesKeyStrength())
                        .isEqualTo(net.lingala.zip4j.model.enums.AesKeyStrength.KEY_STRENGTH_256);
                try (java.io.InputStream in = opened.getInputStream(header)) {
                    files.put(header.getFileName(), in.readAllBytes());
                }
            }
            return files;
        } finally {
            java.nio.file.Files.delete(zip);
        }
    }
}
