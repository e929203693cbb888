package org.platekeeper.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.platekeeper.system.HotListFixtures.createList;
import static org.platekeeper.system.HotListFixtures.importFile;
import static org.platekeeper.system.HotListFixtures.ncicLine;
import static org.platekeeper.system.HotListFixtures.uniquePlate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.platekeeper.system.CameraIngestIT.RegisteredCamera;
import org.platekeeper.system.TestUsers.User;

@DisplayName("Hot lists: imports, visibility and custom entries")
class HotListsIT {

    private static User admin;
    private static User officer;
    private static User supervisor;
    private static User otherSupervisor;
    private static User command;
    private static RegisteredCamera camera;

    @BeforeAll
    static void users() {
        admin = TestUsers.trained("ADMINISTRATOR");
        officer = TestUsers.trained("OFFICER");
        supervisor = TestUsers.trained("SUPERVISOR");
        otherSupervisor = TestUsers.trained("SUPERVISOR");
        command = TestUsers.trained("COMMAND_STAFF");
        camera = CameraIngestIT.fixedCamera();
    }

    /** Sends a read of the plate now and answers how many alerts it raised. */
    static int alertsFor(RegisteredCamera camera, String plate, String state, User officer) {
        Api.Answer sent = CameraIngestIT.send(camera, "{\"plate\":\"" + plate + "\"" + (state == null ? ""
                : ",\"state\":\"" + state + "\"") + ",\"capturedAt\":\"" + CameraIngestIT.minutesAgo(0) + "\"}");
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        String readId = sent.json().getJsonArray("ids").getString(0);
        Api.Answer all = Api.get("/api/v1/alerts?all=true", officer.name(), officer.password());
        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        return (int) all.array().stream().map(JsonObject.class::cast)
                .filter(a -> a.getString("readId").equals(readId)).count();
    }

    @Test
    @DisplayName("NCIC fixed-width import: accepted and rejected lines reported with reasons; OD-P1 kinds from the file codes")
    void ncicFixedImport() {
        String list = createList(admin, "STOLEN_VEHICLE", "NCIC");
        String stolen = uniquePlate();
        String amber = uniquePlate();
        String second = uniquePlate();
        String third = uniquePlate();
        String file = "NCIC EXTRACT 20261123 HEADER\n"
                + ncicLine('V', stolen, "MO") + "\n"
                + ncicLine('A', amber, "0K") + "\n"
                + ncicLine('V', second, "KS") + "\n"
                + ncicLine('V', third, "IL") + "\n"
                + ncicLine('Q', uniquePlate(), "MO") + "\n"
                + "too short\n"
                + ncicLine('P', "AB#12", "MO") + "\n";

        JsonObject report = importFile(admin, list, "NCIC_FIXED", file);

        assertThat(report.getString("status")).isEqualTo("COMPLETED");
        assertThat(report.getInt("linesRead")).isEqualTo(7);
        assertThat(report.getInt("accepted")).isEqualTo(4);
        assertThat(report.getInt("rejected")).isEqualTo(3);
        assertThat(report.getJsonArray("rejections").getValuesAs(JsonString::getString)).satisfiesExactly(
                r -> assertThat(r).startsWith("line 6:").contains("file code 'Q'"),
                r -> assertThat(r).startsWith("line 7:").contains("column 39"),
                r -> assertThat(r).startsWith("line 8:").contains("letters and digits"));
        Api.Answer entries = Api.get("/api/v1/hotlists/" + list + "/entries", officer.name(), officer.password());
        assertThat(entries.status()).isEqualTo(200);
        assertThat(entries.array()).extracting(v -> v.asJsonObject().getString("plate") + "/"
                        + v.asJsonObject().getString("state") + "/" + v.asJsonObject().getString("kind"))
                .containsExactlyInAnyOrder(stolen + "/MO/STOLEN_VEHICLE", amber + "/OK/AMBER_ALERT",
                        second + "/KS/STOLEN_VEHICLE", third + "/IL/STOLEN_VEHICLE");
        assertThat(alertsFor(camera, stolen, "MO", officer)).isEqualTo(1);
        assertThat(alertsFor(camera, stolen, "KS", officer)).as("another state's plate").isZero();
    }

    @Test
    @DisplayName("NCIC CSV import: quoted fields, header skipped, kind from the NCIC number")
    void ncicCsvImport() {
        String list = createList(admin, "STOLEN_VEHICLE", "STATE");
        String wanted = uniquePlate();
        JsonObject report = importFile(admin, list, "NCIC_CSV", """
                NCIC Number,ORI,Date,Plate,State,Tag Year,Plate Type,Vehicle Year,Make,Model,Body,Color
                W123456789,MO0950000,2026-11-02,"%s",MO,2026,PC,2018,CHEV,"MAL, LT",4D,RED
                V1,MO0950000,20261102,TUV112
                """.formatted(wanted));
        assertThat(report.getString("status")).isEqualTo("COMPLETED");
        assertThat(report.getInt("accepted")).isEqualTo(1);
        assertThat(report.getInt("rejected")).isEqualTo(1);
        Api.Answer entries = Api.get("/api/v1/hotlists/" + list + "/entries", officer.name(), officer.password());
        JsonObject entry = entries.array().getJsonObject(0);
        assertThat(entry.getString("kind")).isEqualTo("WANTED_PERSON");
        assertThat(entry.getString("vehicle")).isEqualTo("2018 CHEV MAL, LT 4D RED");
    }

    @Test
    @DisplayName("an import replaces the list whole; a failed import leaves the old list matching")
    void atomicReplace() {
        String list = createList(admin, "STOLEN_PLATE", "LOCAL");
        String first = uniquePlate();
        String second = uniquePlate();
        importFile(admin, list, "GENERIC_CSV", "plate,state,reason\n" + first + ",MO,Stolen from a driveway\n");
        assertThat(alertsFor(camera, first, "MO", officer)).isEqualTo(1);

        JsonObject failed = importFile(supervisor, list, "GENERIC_CSV", "tag,state\n" + second + ",MO\n");
        assertThat(failed.getString("status")).isEqualTo("FAILED");
        assertThat(failed.getString("message")).contains("plate");
        assertThat(alertsFor(camera, first, "MO", officer)).as("the old list still matches").isEqualTo(1);

        JsonObject replaced = importFile(admin, list, "GENERIC_CSV", "plate,state\n" + second + ",MO\n");
        assertThat(replaced.getString("status")).isEqualTo("COMPLETED");
        assertThat(alertsFor(camera, first, "MO", officer)).as("the replaced entry no longer matches").isZero();
        assertThat(alertsFor(camera, second, "MO", officer)).isEqualTo(1);
        Api.Answer view = Api.get("/api/v1/hotlists/" + list, admin.name(), admin.password());
        assertThat(view.json().getInt("entryCount")).isEqualTo(1);
    }

    @Test
    @DisplayName("PC-A1 an import that accepts no line, or rejects more than half of them, fails with its rejection report and leaves the live list matching")
    void implausibleImportRefused() {
        String list = createList(admin, "STOLEN_PLATE", "LOCAL");
        String live = uniquePlate();
        importFile(admin, list, "GENERIC_CSV", "plate,state,reason\n" + live + ",MO,Stolen from a driveway\n");

        String ncicFile = ncicLine('V', uniquePlate(), "MO") + "\n" + ncicLine('V', uniquePlate(), "KS") + "\n";
        JsonObject wrongFormat = importFile(admin, list, "NCIC_CSV", ncicFile);
        assertThat(wrongFormat.getString("status")).as(wrongFormat.toString()).isEqualTo("FAILED");
        assertThat(wrongFormat.getString("message")).contains("no line of the file was accepted", "unchanged");
        assertThat(wrongFormat.getInt("rejected")).isPositive();
        assertThat(wrongFormat.getJsonArray("rejections")).as("the report says why").isNotEmpty();

        JsonObject mostlyBad = importFile(admin, list, "GENERIC_CSV", "plate,state\n" + uniquePlate()
                + ",MO\nAB#1,MO\nCD#2,MO\n");
        assertThat(mostlyBad.getString("status")).isEqualTo("FAILED");
        assertThat(mostlyBad.getString("message")).contains("2 of 3 lines were rejected", "50%");
        assertThat(mostlyBad.getJsonArray("rejections")).hasSize(2);

        assertThat(alertsFor(camera, live, "MO", officer)).as("the live list still matches").isEqualTo(1);
        assertThat(Api.get("/api/v1/hotlists/" + list, admin.name(), admin.password()).json().getInt("entryCount"))
                .isEqualTo(1);
    }

    @Test
    @DisplayName("a bad import request is refused with a message: no format, unknown format, empty file, officer")
    void badImports() {
        String list = createList(admin, "STOLEN_PLATE", "LOCAL");
        assertThat(HotListFixtures.startImport(admin, list, "", "plate\nABC123\n").status()).isEqualTo(400);
        Api.Answer unknown = HotListFixtures.startImport(admin, list, "XLSX", "plate\nABC123\n");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().getString("message")).contains("XLSX");
        assertThat(HotListFixtures.startImport(admin, list, "GENERIC_CSV", "").status()).isEqualTo(400);
        assertThat(HotListFixtures.startImport(officer, list, "GENERIC_CSV", "plate\nABC123\n").status())
                .isEqualTo(403);
        assertThat(HotListFixtures.startImport(admin, "018f0000-0000-7000-8000-000000000001", "GENERIC_CSV",
                "plate\nABC123\n").status()).as("the custom list is not imported").isEqualTo(400);
    }

    @Test
    @DisplayName("PC-B3 entries of NCIC and state lists are shown only to roles cleared for them, and refusals are audited")
    void confidentialLists() throws SQLException {
        String list = createList(admin, "STOLEN_VEHICLE", "NCIC");
        importFile(admin, list, "NCIC_FIXED", "HEADER\n" + ncicLine('V', uniquePlate(), "MO") + "\n");
        assertThat(Api.get("/api/v1/hotlists/" + list + "/entries", officer.name(), officer.password()).status())
                .isEqualTo(200);
        Api.Answer refused = Api.get("/api/v1/hotlists/" + list + "/entries", command.name(), command.password());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().getString("clause")).isEqualTo("PC-B3");
        assertThat(Api.get("/api/v1/hotlists/" + list + "/entries", admin.name(), admin.password()).status())
                .isEqualTo(403);
        assertThat(Api.get("/api/v1/hotlists", command.name(), command.password()).status())
                .as("the lists themselves are not confidential").isEqualTo(200);
        try (Connection c = Database.connect(); PreparedStatement p = c.prepareStatement(
                "select count(*) from audit_event where action = 'HOTLIST_ENTRIES_VIEWED' and outcome = 'DENIED'"
                        + " and actor = ?")) {
            p.setString(1, command.name());
            var r = p.executeQuery();
            r.next();
            assertThat(r.getInt(1)).isEqualTo(1);
        }
    }

    private Api.Answer request(User user, String plate, String extra) {
        return Api.post("/api/v1/hotlists/custom-entries", user.name(), user.password(),
                "{\"plate\":\"" + plate + "\",\"state\":\"MO\",\"kind\":\"INVESTIGATION\"" + extra + "}");
    }

    @Test
    @DisplayName("OD-P1 OD-P2 PC-B4 OD-X1 a custom entry whose reason names protected activity, a protected class or personal use is refused with its clause, and the refusal is audited")
    void entryPurposeScreened() throws SQLException {
        User officer = TestUsers.trained("OFFICER"); // this test's own, so the count below is exact
        String[][] cases = {{"Cars parked outside the mosque on Fridays", "PC-B4"},
                {"Drivers who went to the protest at city hall", "PC-B4"},
                {"Check the immigration status of the owner", "OD-P2"},
                {"Where my ex-girlfriend parks at night", "OD-X1"}};
        for (String[] c : cases) {
            Api.Answer refused = request(officer, uniquePlate(), ",\"reason\":\"" + c[0] + "\",\"caseNumber\":"
                    + "\"26-0004\"");
            assertThat(refused.status()).as(c[0]).isEqualTo(403);
            assertThat(refused.json().getString("clause")).isEqualTo(c[1]);
        }
        try (var c = Database.connect(); var p = c.prepareStatement("select count(*) from audit_event where action ="
                + " 'HOTLIST_ENTRY_REFUSED' and actor = ? and outcome = 'DENIED'")) {
            p.setString(1, officer.name());
            var r = p.executeQuery();
            r.next();
            assertThat(r.getInt(1)).isEqualTo(cases.length);
        }
        Api.Answer unknownPurpose = request(officer, uniquePlate(), ",\"reason\":\"Suspected in a string of "
                + "thefts\",\"purpose\":\"HUNCH\"");
        assertThat(unknownPurpose.status()).isEqualTo(400);
        assertThat(unknownPurpose.json().getString("message")).contains("not one of the policy's purposes");
        Api.Answer coded = request(officer, uniquePlate(), ",\"reason\":\"Suspected in a string of thefts\","
                + "\"purpose\":\"criminal investigation\"");
        assertThat(coded.status()).as(coded.toString()).isEqualTo(201);
        assertThat(coded.json().getString("purpose")).isEqualTo("CRIMINAL_INVESTIGATION");
    }

    @Test
    @DisplayName("PC-B1 OD-H2 a custom entry tied to a placeholder case number or CAD event is refused")
    void placeholderCase() {
        for (String placeholder : new String[] {"n/a", "none", "0", "123", "1111"}) {
            Api.Answer refused = request(officer, uniquePlate(), ",\"reason\":\"Seen leaving a burglary scene\","
                    + "\"caseNumber\":\"" + placeholder + "\"");
            assertThat(refused.status()).as(placeholder).isEqualTo(400);
            assertThat(refused.json().getString("message")).contains("placeholder");
        }
        assertThat(request(officer, uniquePlate(), ",\"reason\":\"Seen leaving a burglary scene\",\"cadEvent\":"
                + "\"xxxx\"").status()).isEqualTo(400);
    }

    @Test
    @DisplayName("OD-H1 OD-H2 OD-H3 an officer requests an entry with a reason and a case; it matches only once another supervisor approves")
    void requestAndApprove() {
        String plate = uniquePlate();
        Api.Answer noCase = request(officer, plate, ",\"reason\":\"Seen leaving a burglary scene\"");
        assertThat(noCase.status()).isEqualTo(400);
        assertThat(noCase.json().getString("message")).contains("OD-H2");
        Api.Answer thinReason = request(officer, plate, ",\"reason\":\"check\",\"caseNumber\":\"26-1001\"");
        assertThat(thinReason.status()).isEqualTo(400);
        assertThat(thinReason.json().getString("message")).contains("OD-H3");

        Api.Answer requested = request(officer, plate,
                ",\"reason\":\"Seen leaving a burglary scene\",\"caseNumber\":\"26-1001\"");
        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
        long id = requested.json().getJsonNumber("id").longValue();
        assertThat(requested.json().getString("status")).isEqualTo("REQUESTED");
        assertThat(alertsFor(camera, plate, "MO", officer)).as("not before approval").isZero();

        Api.Answer queue = Api.get("/api/v1/hotlists/custom-entries?view=awaiting-approval", supervisor.name(),
                supervisor.password());
        assertThat(queue.array()).extracting(v -> v.asJsonObject().getJsonNumber("id").longValue()).contains(id);
        assertThat(Api.post("/api/v1/hotlists/custom-entries/" + id + "/approve", officer.name(),
                officer.password(), "{}").status()).as("officers do not approve").isEqualTo(403);
        assertThat(Api.get("/api/v1/hotlists/custom-entries?view=awaiting-approval", supervisor.name(),
                supervisor.password()).array()).as("the refused approval left it waiting")
                .extracting(v -> v.asJsonObject().getJsonNumber("id").longValue()).contains(id);
        assertThat(alertsFor(camera, plate, "MO", officer)).as("and not matching").isZero();

        Api.Answer approved = Api.post("/api/v1/hotlists/custom-entries/" + id + "/approve", supervisor.name(),
                supervisor.password(), "{\"note\":\"Case open, plate confirmed by witness\"}");
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.json().getString("status")).isEqualTo("ACTIVE");
        assertThat(approved.json().getString("reviewDue")).isNotBlank();
        assertThat(alertsFor(camera, plate, "MO", officer)).isEqualTo(1);

        Api.Answer again = Api.post("/api/v1/hotlists/custom-entries/" + id + "/approve", otherSupervisor.name(),
                otherSupervisor.password(), "{}");
        assertThat(again.status()).isEqualTo(409);
        Api.Answer history = Api.get("/api/v1/hotlists/custom-entries/" + id + "/history", officer.name(),
                officer.password());
        assertThat(history.array()).extracting(v -> v.asJsonObject().getString("action"))
                .containsExactly("REQUESTED", "APPROVED");
        assertThat(history.array().getJsonObject(0).getString("note")).isEqualTo("Seen leaving a burglary scene");
    }

    @Test
    @DisplayName("OD-H2 a supervisor cannot approve their own request, and a rejection needs a reason")
    void fourEyes() {
        Api.Answer requested = request(supervisor, uniquePlate(),
                ",\"reason\":\"Vehicle used in a robbery\",\"cadEvent\":\"CAD-7781\"");
        long id = requested.json().getJsonNumber("id").longValue();
        assertThat(Api.post("/api/v1/hotlists/custom-entries/" + id + "/approve", supervisor.name(),
                supervisor.password(), "{}").status()).isEqualTo(409);
        assertThat(Api.post("/api/v1/hotlists/custom-entries/" + id + "/reject", otherSupervisor.name(),
                otherSupervisor.password(), "{}").status()).isEqualTo(400);
        Api.Answer rejected = Api.post("/api/v1/hotlists/custom-entries/" + id + "/reject", otherSupervisor.name(),
                otherSupervisor.password(), "{\"note\":\"Not enough to tie the vehicle to the robbery\"}");
        assertThat(rejected.json().getString("status")).isEqualTo("REJECTED");
    }

    @Test
    @DisplayName("OD-H4 an entry whose review lapsed is flagged, then expires and stops matching; its history stays")
    void reviewAndExpiry() throws SQLException {
        String plate = uniquePlate();
        long id = request(officer, plate, ",\"reason\":\"Suspected in a string of thefts\",\"purpose\":\"CRIMINAL_INVESTIGATION\"")
                .json().getJsonNumber("id").longValue();
        Api.post("/api/v1/hotlists/custom-entries/" + id + "/approve", supervisor.name(), supervisor.password(),
                "{}");
        Api.Answer reviewed = Api.post("/api/v1/hotlists/custom-entries/" + id + "/review", supervisor.name(),
                supervisor.password(), "{\"note\":\"Thefts continue; still needed\"}");
        assertThat(reviewed.status()).isEqualTo(200);

        // the agency's day, in the policy profile's time zone, is the day the server judges reviews by
        LocalDate today = LocalDate.now(ZoneId.of(Api.get("/api/v1/policy", supervisor.name(), supervisor.password())
                .json().getString("timeZone")));
        setReviewDue(id, today);
        Api.Answer due = Api.get("/api/v1/hotlists/custom-entries?view=review-due", supervisor.name(),
                supervisor.password());
        JsonObject flagged = due.array().stream().map(JsonObject.class::cast)
                .filter(e -> e.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertThat(flagged.getBoolean("reviewOverdue")).isTrue();
        assertThat(alertsFor(camera, plate, "MO", officer)).as("still active on its review day").isEqualTo(1);

        setReviewDue(id, today.minusDays(2));
        Api.Answer expired = Api.post("/api/v1/hotlists/custom-entries/expire-lapsed", supervisor.name(),
                supervisor.password(), "");
        assertThat(expired.status()).as(expired.toString()).isEqualTo(200);
        assertThat(expired.json().getInt("expired")).isGreaterThanOrEqualTo(1);
        assertThat(Api.get("/api/v1/hotlists/custom-entries/" + id, officer.name(), officer.password()).json()
                .getString("status")).isEqualTo("EXPIRED");
        assertThat(alertsFor(camera, plate, "MO", officer)).isZero();
        assertThat(Api.get("/api/v1/hotlists/custom-entries/" + id + "/history", officer.name(), officer.password())
                .array()).extracting(v -> v.asJsonObject().getString("action"))
                .containsExactly("REQUESTED", "APPROVED", "REVIEWED", "EXPIRED");
    }

    @Test
    @DisplayName("OD-H4 the requester removes an entry no longer needed; it stops matching and keeps its history")
    void removal() {
        String plate = uniquePlate();
        long id = request(officer, plate, ",\"reason\":\"Missing teenager may be in this car\",\"caseNumber\":\"26-0002\"")
                .json().getJsonNumber("id").longValue();
        Api.post("/api/v1/hotlists/custom-entries/" + id + "/approve", supervisor.name(), supervisor.password(),
                "{}");
        Api.Answer removed = Api.post("/api/v1/hotlists/custom-entries/" + id + "/remove", officer.name(),
                officer.password(), "{\"note\":\"Teenager found safe\"}");
        assertThat(removed.status()).as(removed.toString()).isEqualTo(200);
        assertThat(removed.json().getString("status")).isEqualTo("REMOVED");
        assertThat(alertsFor(camera, plate, "MO", officer)).isZero();
        assertThat(Api.get("/api/v1/hotlists/custom-entries/" + id + "/history", officer.name(), officer.password())
                .array()).hasSize(3);
    }

    @Test
    @DisplayName("a partial plate from a witness matches reads that fit it")
    void wildcardEntry() {
        String plate = uniquePlate();
        String partial = plate.substring(0, 3) + "?" + plate.substring(4, 5) + "*";
        long id = request(officer, partial, ",\"reason\":\"Witness saw part of the plate\",\"caseNumber\":\"26-0003\"")
                .json().getJsonNumber("id").longValue();
        Api.post("/api/v1/hotlists/custom-entries/" + id + "/approve", supervisor.name(), supervisor.password(),
                "{}");
        assertThat(alertsFor(camera, plate, "MO", officer)).isEqualTo(1);
        Api.post("/api/v1/hotlists/custom-entries/" + id + "/remove", supervisor.name(), supervisor.password(),
                "{\"note\":\"Suspect identified\"}");
    }

    private static void setReviewDue(long id, LocalDate due) throws SQLException {
        try (Connection c = Database.connect(); PreparedStatement p = c.prepareStatement(
                "update hot_list_entry set review_due = ? where id = ?")) {
            p.setObject(1, due);
            p.setLong(2, id);
            assertThat(p.executeUpdate()).isEqualTo(1);
        }
    }
}
