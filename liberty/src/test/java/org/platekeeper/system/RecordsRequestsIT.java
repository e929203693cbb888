package org.platekeeper.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.platekeeper.system.TestUsers.User;

@DisplayName("Public-records requests")
class RecordsRequestsIT {

    private static LocalDate threeBusinessDaysAfter(LocalDate day) {
        LocalDate due = day;
        for (int counted = 0; counted < 3; ) {
            due = due.plusDays(1);
            if (due.getDayOfWeek() != DayOfWeek.SATURDAY && due.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return due;
    }

    private static JsonObject inRegister(User clerk, String trackingNumber) {
        Api.Answer register = Api.get("/api/v1/records-requests", clerk.name(), clerk.password());
        assertThat(register.status()).as(register.toString()).isEqualTo(200);
        return register.array().stream().map(JsonObject.class::cast)
                .filter(r -> trackingNumber.equals(r.getString("trackingNumber"))).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("OD-T2 anyone files a request without signing in, is told its tracking number and Sunshine due date, "
            + "and it lands in the clerk's register")
    void publicRequestReachesTheRegister() {
        Api.Answer filed = Api.post("/api/public/records-requests", null, null, "{\"name\":\"Jane Public\","
                + "\"contact\":\"jane@example.org\",\"request\":\"How many ALPR searches were run in November 2026\"}");
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        JsonObject receipt = filed.json();
        String number = receipt.getString("trackingNumber");
        assertThat(number).matches("RR-\\d{4}-\\d{5}");
        User clerk = TestUsers.trained("RECORDS_CLERK");
        LocalDate today = LocalDate.now(ZoneId.of(Api.get("/api/v1/policy", clerk.name(), clerk.password()).json()
                .getString("timeZone")));
        assertThat(receipt.getString("receivedOn")).isEqualTo(today.toString());
        assertThat(receipt.getString("dueOn")).as("three business days (Missouri Sunshine Law)")
                .isEqualTo(threeBusinessDaysAfter(today).toString());
        assertThat(receipt.getString("statute")).isEqualTo("Missouri Sunshine Law");

        JsonObject entry = inRegister(clerk, number);
        assertThat(entry.getString("status")).isEqualTo("OPEN");
        assertThat(entry.getString("receivedVia")).isEqualTo("PUBLIC_FORM");
        assertThat(entry.getBoolean("overdue")).isFalse();

        User investigator = TestUsers.trained("INVESTIGATOR");
        assertThat(Api.get("/api/v1/records-requests", investigator.name(), investigator.password()).status())
                .as("the register is the records clerk's").isEqualTo(403);
        assertThat(Api.post("/api/public/records-requests", null, null, "{\"name\":\"\",\"contact\":\"x\","
                + "\"request\":\"y\"}").status()).isEqualTo(400);

        ConsoleBrowser.Page form = new ConsoleBrowser().get("/records-request.xhtml");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("Ask Odessa Police Department for public records", "Missouri Sunshine Law");
    }

    @Test
    @DisplayName("OD-T2 an open request past its due date is flagged; the clerk answers or denies it naming the "
            + "exemption, and each step is audited")
    void overdueAndClosed() throws SQLException {
        User clerk = TestUsers.trained("RECORDS_CLERK");
        Api.Answer entered = Api.post("/api/v1/records-requests", clerk.name(), clerk.password(), "{\"name\":"
                + "\"Reporter, Odessa Gazette\",\"contact\":\"newsroom@gazette.example\",\"request\":\"All reads of "
                + "plate ABC123 in October\"}");
        assertThat(entered.status()).as(entered.toString()).isEqualTo(201);
        String number = entered.json().getString("trackingNumber");
        try (Connection c = Database.connect(); PreparedStatement p = c.prepareStatement(
                "update records_request set received_on = current_date - 10, due_on = current_date - 5"
                        + " where tracking_number = ?")) {
            p.setString(1, number);
            assertThat(p.executeUpdate()).isEqualTo(1);
        }
        JsonObject overdue = inRegister(clerk, number);
        assertThat(overdue.getBoolean("overdue")).isTrue();
        assertThat(overdue.getString("receivedVia")).isEqualTo("CLERK");

        String id = overdue.getString("id");
        assertThat(Api.post("/api/v1/records-requests/" + id + "/deny", clerk.name(), clerk.password(),
                "{\"note\":\"\"}").status()).as("a denial names its exemption").isEqualTo(400);
        Api.Answer denied = Api.post("/api/v1/records-requests/" + id + "/deny", clerk.name(), clerk.password(),
                "{\"note\":\"Criminal-justice information, RSMo 610.100: plate-level reads are not public\"}");
        assertThat(denied.status()).as(denied.toString()).isEqualTo(200);
        assertThat(denied.json().getString("status")).isEqualTo("DENIED");
        assertThat(denied.json().getBoolean("overdue")).isFalse();
        assertThat(Api.post("/api/v1/records-requests/" + id + "/answer", clerk.name(), clerk.password(),
                "{\"note\":\"again\"}").status()).isEqualTo(409);

        User auditor = TestUsers.trained("AUDITOR");
        assertThat(Api.get("/api/v1/audit/events?action=RECORDS_REQUEST_DENIED&limit=20", auditor.name(),
                auditor.password()).array().stream().map(JsonObject.class::cast)
                .anyMatch(e -> number.equals(e.getString("objectId", null)))).isTrue();

        ConsoleBrowser.Page page = ConsoleIT.signedIn("RECORDS_CLERK").get("/console/records/requests.xhtml");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Records requests", number, "DENIED");
        assertThat(ConsoleIT.signedIn("OFFICER").get("/console/records/requests.xhtml").status()).isEqualTo(403);
    }
}
