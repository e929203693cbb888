package org.platekeeper.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.platekeeper.system.ConsoleBrowser.Page;
import org.platekeeper.system.TestUsers.User;

@DisplayName("Console: sign-in form, use banner, pages by role")
class ConsoleIT {

    @Test
    @DisplayName("the sign-in page carries the use banner; console pages send strangers to it")
    void signInPage() {
        ConsoleBrowser browser = new ConsoleBrowser();
        Page login = browser.get("/login.xhtml");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.body()).contains("Authorized use only", "monitored and recorded");
        Page console = browser.get("/console/index.xhtml");
        assertThat(console.status()).isEqualTo(302);
        assertThat(console.location()).endsWith("/login.xhtml");
    }

    @Test
    @DisplayName("PC-F1 a signed-in user sees the console with the active policy profile")
    void signInWorks() {
        User officer = TestUsers.trained("OFFICER");
        ConsoleBrowser browser = new ConsoleBrowser();
        Page after = browser.signIn(officer.name(), officer.password());
        assertThat(after.status()).isEqualTo(302);
        assertThat(after.location()).endsWith("/console/index.xhtml");
        Page home = browser.get("/console/index.xhtml");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains(officer.name(), "Policy: odessa", "30 calendar days");
    }

    @Test
    @DisplayName("a wrong password keeps the user on the sign-in page with a message")
    void wrongPassword() {
        User officer = TestUsers.trained("OFFICER");
        ConsoleBrowser browser = new ConsoleBrowser();
        Page after = browser.signIn(officer.name(), "not-the-password");
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.body()).contains("Wrong user name or password");
        assertThat(browser.get("/console/index.xhtml").status()).isEqualTo(302);
    }

    @Test
    @DisplayName("OD-U4 console pages are refused on the server to roles they are not for")
    void pagesByRole() {
        ConsoleBrowser officer = signedIn("OFFICER");
        assertThat(officer.get("/console/access/users.xhtml").status()).isEqualTo(403);
        assertThat(officer.get("/console/audit/trail.xhtml").status()).isEqualTo(403);
        assertThat(officer.get("/console/access/me.xhtml").status()).isEqualTo(200);

        ConsoleBrowser admin = signedIn("ADMINISTRATOR");
        Page users = admin.get("/console/access/users.xhtml");
        assertThat(users.status()).isEqualTo(200);
        assertThat(users.body()).contains("Users and training", "Create user", "admin");
        assertThat(admin.get("/console/audit/trail.xhtml").status()).isEqualTo(403);
        Page recogniser = admin.get("/console/cameras/recognition.xhtml");
        assertThat(recogniser.status()).isEqualTo(200);
        assertThat(recogniser.body()).contains("Try the recogniser", "Choose a picture");
        assertThat(officer.get("/console/cameras/recognition.xhtml").status()).isEqualTo(403);

        ConsoleBrowser auditor = signedIn("AUDITOR");
        Page trail = auditor.get("/console/audit/trail.xhtml");
        assertThat(trail.status()).isEqualTo(200);
        assertThat(trail.body()).contains("Verify the chain", "SIGN_IN");
        assertThat(auditor.get("/console/access/users.xhtml").status()).isEqualTo(403);
    }

    @Test
    @DisplayName("PC-B3 OD-V3 hot-list and alert pages show the roles they serve what is theirs, and are refused to others")
    void hotListAndAlertPages() {
        User officerUser = TestUsers.trained("OFFICER");
        ConsoleBrowser officer = signedIn(officerUser);
        Page queue = officer.get("/console/alerts/queue.xhtml");
        assertThat(queue.status()).isEqualTo(200);
        assertThat(queue.body()).contains("not reasonable suspicion", "/push/alerts");
        User adminUser = TestUsers.trained("ADMINISTRATOR");
        String listName = "Console list " + HotListFixtures.uniquePlate();
        HotListFixtures.createList(adminUser, "STOLEN_VEHICLE", "STATE", listName);
        Page lists = officer.get("/console/hotlists/lists.xhtml");
        assertThat(lists.status()).isEqualTo(200);
        assertThat(lists.body()).as("an officer sees the lists in force").contains("Custom entries", listName);

        String plate = HotListFixtures.uniquePlate();
        assertThat(Api.post("/api/v1/hotlists/custom-entries", officerUser.name(), officerUser.password(),
                "{\"plate\":\"" + plate + "\",\"state\":\"MO\",\"kind\":\"INVESTIGATION\",\"reason\":\"Seen "
                        + "leaving a burglary scene\",\"caseNumber\":\"26-6001\"}").status()).isEqualTo(201);
        Page custom = officer.get("/console/hotlists/custom.xhtml");
        assertThat(custom.status()).isEqualTo(200);
        assertThat(custom.body()).as("the officer's own request").contains("Request an entry", plate)
                .doesNotContain("Awaiting approval");

        ConsoleBrowser supervisor = signedIn("SUPERVISOR");
        assertThat(supervisor.get("/console/hotlists/custom.xhtml").body()).as("waiting for a supervisor")
                .contains("Awaiting approval", "Review due", plate);

        ConsoleBrowser admin = signedIn("ADMINISTRATOR");
        assertThat(admin.get("/console/hotlists/lists.xhtml").body()).contains("New list");
        assertThat(admin.get("/console/alerts/queue.xhtml").status()).isEqualTo(403);
        assertThat(admin.get("/console/hotlists/custom.xhtml").status()).isEqualTo(403);

        ConsoleBrowser clerk = signedIn("RECORDS_CLERK");
        assertThat(clerk.get("/console/hotlists/lists.xhtml").status()).isEqualTo(403);
        assertThat(clerk.get("/console/alerts/queue.xhtml").status()).isEqualTo(403);
    }

    @Test
    @DisplayName("OD-U3 PC-E1 the search page is for investigators and supervisors, oversight for auditors")
    void searchAndOversightPages() {
        User investigatorUser = TestUsers.trained("INVESTIGATOR");
        ConsoleBrowser investigator = signedIn(investigatorUser);
        assertThat(SearchIT.search(investigatorUser, "\"plate\":\"" + HotListFixtures.uniquePlate()
                + "\",\"caseNumber\":\"26-6002\"").status()).isEqualTo(201);
        Page search = investigator.get("/console/search/search.xhtml");
        assertThat(search.status()).isEqualTo(200);
        assertThat(search.body()).as("the form, the map, and the investigator's own searches")
                .contains("Narrative", "leaflet", "My searches", "26-6002");
        assertThat(investigator.get("/console/search/locations.xhtml").status()).isEqualTo(200);
        assertThat(investigator.get("/console/audit/oversight.xhtml").status()).isEqualTo(403);

        ConsoleBrowser auditor = signedIn("AUDITOR");
        Page oversight = auditor.get("/console/audit/oversight.xhtml");
        assertThat(oversight.status()).isEqualTo(200);
        assertThat(oversight.body()).contains("Flags", "Misuse cases", "All searches");
        assertThat(auditor.get("/console/search/search.xhtml").status()).isEqualTo(403);

        for (String role : new String[] {"OFFICER", "RECORDS_CLERK", "COMMAND_STAFF"}) {
            assertThat(signedIn(role).get("/console/search/search.xhtml").status()).as(role).isEqualTo(403);
        }
        assertThat(signedIn("ADMINISTRATOR").get("/console/search/locations.xhtml").body())
                .contains("Register a location");
    }

    @Test
    @DisplayName("PC-C1 PC-C2 purge history for administrators, auditors, supervisors and clerks; holds for investigators")
    void retentionPages() {
        ConsoleBrowser admin = signedIn("ADMINISTRATOR");
        Page purges = admin.get("/console/retention/purges.xhtml");
        assertThat(purges.status()).isEqualTo(200);
        assertThat(purges.body()).contains("Purge now", "Next scheduled purge", "calendar days");
        assertThat(admin.get("/console/retention/holds.xhtml").status()).isEqualTo(403);

        ConsoleBrowser clerk = signedIn("RECORDS_CLERK");
        assertThat(clerk.get("/console/retention/purges.xhtml").body()).doesNotContain("Purge now");
        assertThat(clerk.get("/console/retention/holds.xhtml").status()).isEqualTo(403);

        User investigatorUser = TestUsers.trained("INVESTIGATOR");
        ConsoleBrowser investigator = signedIn(investigatorUser);
        UUID read;
        String plate = HotListFixtures.uniquePlate();
        try {
            read = PastReads.insert(CameraIngestIT.fixedCamera().id(), plate, java.time.Instant.now().minusSeconds(3600));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        SearchIT.reach(investigatorUser, "26-6003", plate);
        assertThat(Api.post("/api/v1/holds", investigatorUser.name(), investigatorUser.password(), "{\"caseNumber\":"
                + "\"26-6003\",\"legalBasis\":\"EVIDENCE\",\"description\":\"Vehicle in the Pine St burglary\","
                + "\"reviewDate\":\"" + java.time.LocalDate.now().plusMonths(6) + "\",\"readIds\":[\"" + read
                + "\"]}").status()).isEqualTo(201);
        Page holds = investigator.get("/console/retention/holds.xhtml");
        assertThat(holds.status()).isEqualTo(200);
        assertThat(holds.body()).as("the request just made, waiting for a supervisor").contains("Request a hold",
                "26-6003", "decide by");
        assertThat(investigator.get("/console/retention/purges.xhtml").status()).isEqualTo(403);
        assertThat(signedIn("OFFICER").get("/console/retention/holds.xhtml").status()).isEqualTo(403);
    }

    @Test
    @DisplayName("OD-AD3 OD-T2 the reports page is for records clerks, auditors and command staff; the register offers the response report")
    void reportsPages() {
        for (String role : new String[] {"RECORDS_CLERK", "AUDITOR", "COMMAND_STAFF"}) {
            Page reports = signedIn(role).get("/console/reports/reports.xhtml");
            assertThat(reports.status()).as(role).isEqualTo(200);
            assertThat(reports.body()).contains("Generated reports", "Compliance audit", "Records response",
                    "Generate");
        }
        assertThat(signedIn("OFFICER").get("/console/reports/reports.xhtml").status()).isEqualTo(403);
        assertThat(signedIn("ADMINISTRATOR").get("/console/reports/reports.xhtml").status()).isEqualTo(403);
        Api.Answer filed = Api.post("/api/public/records-requests", null, null, "{\"name\":\"Console Reader\","
                + "\"contact\":\"reader@example.org\",\"request\":\"The ALPR use policy\"}");
        assertThat(filed.status()).isEqualTo(201);
        assertThat(signedIn("RECORDS_CLERK").get("/console/records/requests.xhtml").body())
                .contains("Response report");
    }

    @Test
    @DisplayName("OD-AD2 an untrained user is sent to their profile, which says training is required")
    void untrainedConsole() {
        User untrained = TestUsers.untrained("AUDITOR");
        ConsoleBrowser browser = new ConsoleBrowser();
        browser.signIn(untrained.name(), untrained.password());
        Page trail = browser.get("/console/audit/trail.xhtml");
        assertThat(trail.status()).isEqualTo(302);
        assertThat(trail.location()).contains("/console/access/me.xhtml");
        Page me = browser.get("/console/access/me.xhtml");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body()).contains("Training required", "OD-AD2");
    }

    static ConsoleBrowser signedIn(String role) {
        return signedIn(TestUsers.trained(role));
    }

    static ConsoleBrowser signedIn(User user) {
        ConsoleBrowser browser = new ConsoleBrowser();
        assertThat(browser.signIn(user.name(), user.password()).status()).isEqualTo(302);
        return browser;
    }
}
