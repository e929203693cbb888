package org.platekeeper.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.platekeeper.system.TestUsers.User;

@DisplayName("Access: sign-in, roles, training gate, lockout")
class AccessIT {

    @Test
    @DisplayName("A request without credentials is answered 401 with a Basic challenge and a JSON message")
    void anonymousRefused() {
        Api.Answer answer = Api.get("/api/v1/me", null, null);
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(answer.json().getString("message")).isNotBlank();
    }

    @Test
    @DisplayName("OD-AD2 a user without a training record is refused data functions with a clear message")
    void untrainedRefused() {
        User auditor = TestUsers.untrained("AUDITOR");
        Api.Answer refused = Api.get("/api/v1/audit/verify", auditor.name(), auditor.password());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().getString("error")).isEqualTo("training_required");
        assertThat(refused.json().getString("clause")).isEqualTo("OD-AD2");
        assertThat(refused.json().getString("message")).contains("training");

        Api.Answer me = Api.get("/api/v1/me", auditor.name(), auditor.password());
        assertThat(me.status()).as("an untrained user may still see why").isEqualTo(200);
        assertThat(me.json().getBoolean("trainingCurrent")).isFalse();

        TestUsers.recordTraining(auditor.name(), LocalDate.now().minusDays(1), LocalDate.now().plusDays(90));
        assertThat(Api.get("/api/v1/audit/verify", auditor.name(), auditor.password()).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("OD-AD2 expired training closes data functions again")
    void expiredTrainingRefused() {
        User auditor = TestUsers.untrained("AUDITOR");
        TestUsers.recordTraining(auditor.name(), LocalDate.now().minusYears(2), LocalDate.now().minusDays(3));
        assertThat(Api.get("/api/v1/audit/verify", auditor.name(), auditor.password()).status()).isEqualTo(403);
    }

    @Test
    @DisplayName("OD-AD2 the refusal by the training gate is itself an audit event")
    void trainingRefusalAudited() {
        User untrained = TestUsers.untrained("AUDITOR");
        Api.get("/api/v1/audit/events", untrained.name(), untrained.password());
        User auditor = TestUsers.trained("AUDITOR");
        Api.Answer events = Api.get("/api/v1/audit/events?actor=" + untrained.name() + "&action=ACCESS_REFUSED",
                auditor.name(), auditor.password());
        assertThat(events.status()).isEqualTo(200);
        assertThat(events.array()).hasSize(1);
        assertThat(events.array().getJsonObject(0).getString("outcome")).isEqualTo("DENIED");
    }

    @ParameterizedTest(name = "OD-U4 {0} reaches only its own endpoints")
    @ValueSource(strings = {"ADMINISTRATOR", "OFFICER", "INVESTIGATOR", "SUPERVISOR", "RECORDS_CLERK", "AUDITOR",
            "COMMAND_STAFF"})
    @DisplayName("OD-U4 each role reaches only its own endpoints")
    void rolesReachOnlyTheirEndpoints(String role) {
        User user = TestUsers.trained(role);
        Map<String, String> endpointRole = Map.of("/api/v1/users", "ADMINISTRATOR",
                "/api/v1/audit/verify", "AUDITOR", "/api/v1/audit/events", "AUDITOR");
        endpointRole.forEach((path, allowed) -> {
            int status = Api.get(path, user.name(), user.password()).status();
            assertThat(status).as(role + " GET " + path).isEqualTo(role.equals(allowed) ? 200 : 403);
        });
        Api.Answer me = Api.get("/api/v1/me", user.name(), user.password());
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().getJsonArray("roles").getString(0)).isEqualTo(role);
    }

    @ParameterizedTest(name = "OD-AD1 administrators alone manage cameras, users and hot lists: {0} is refused every such action")
    @ValueSource(strings = {"OFFICER", "INVESTIGATOR", "SUPERVISOR", "RECORDS_CLERK", "AUDITOR", "COMMAND_STAFF"})
    void administratorsAlone(String role) {
        User user = TestUsers.trained(role);
        User target = TestUsers.trained("OFFICER");
        String camera = CameraIngestIT.fixedCamera().id();
        String name = "od-ad1-" + role.toLowerCase(java.util.Locale.ROOT);
        String[][] actions = {
            {"POST", "/api/v1/cameras", "{\"name\":\"" + name + "\",\"type\":\"FIXED\",\"latitude\":36.3,"
                    + "\"longitude\":-95.3}"},
            {"POST", "/api/v1/cameras/" + camera + "/token", ""},
            {"POST", "/api/v1/cameras/" + camera + "/revoke", ""},
            {"POST", "/api/v1/cameras/" + camera + "/deployments", "{\"location\":\"Elm St\",\"latitude\":36.3,"
                    + "\"longitude\":-95.3}"},
            {"POST", "/api/v1/users", "{\"username\":\"" + name + "\",\"displayName\":\"X\",\"password\":"
                    + "\"a-long-enough-password\",\"roles\":[\"ADMINISTRATOR\"]}"},
            {"PUT", "/api/v1/users/" + target.name() + "/roles", "{\"roles\":[\"ADMINISTRATOR\"]}"},
            {"POST", "/api/v1/users/" + target.name() + "/training", "{\"course\":\"ALPR\",\"completedOn\":\""
                    + java.time.LocalDate.now() + "\"}"},
            {"POST", "/api/v1/users/" + target.name() + "/disable", ""},
            {"POST", "/api/v1/hotlists", "{\"name\":\"" + name + "\",\"kind\":\"STOLEN_VEHICLE\",\"source\":"
                    + "\"STATE\"}"}};
        for (String[] action : actions) {
            Api.Answer answer = Api.send(action[0], action[1], user.name(), user.password(), "application/json",
                    action[2].getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(answer.status()).as(role + " " + action[0] + " " + action[1]).isEqualTo(403);
        }
        User admin = TestUsers.trained("ADMINISTRATOR");
        Api.Answer cameras = Api.get("/api/v1/cameras", admin.name(), admin.password());
        assertThat(cameras.status()).isEqualTo(200);
        assertThat(cameras.body()).as("nothing was created").doesNotContain(name);
        assertThat(Api.get("/api/v1/cameras/" + camera, admin.name(), admin.password()).json().getString("status"))
                .as("nor revoked").isEqualTo("ACTIVE");
        assertThat(Api.get("/api/v1/users/" + name, admin.name(), admin.password()).status()).isEqualTo(404);
        assertThat(Api.get("/api/v1/hotlists", admin.name(), admin.password()).body()).doesNotContain(name);
        JsonObject officer = Api.get("/api/v1/users/" + target.name(), admin.name(), admin.password()).json();
        assertThat(officer.getBoolean("enabled")).isTrue();
        assertThat(officer.getJsonArray("roles").toString()).doesNotContain("ADMINISTRATOR");
    }

    @Test
    @DisplayName("OD-R4 AU-2 a sign-out and a request refused by a role check are recorded, with who and what")
    void signOutAndRefusalsAudited() throws java.sql.SQLException {
        User officer = TestUsers.trained("OFFICER");
        assertThat(Api.get("/api/v1/users", officer.name(), officer.password()).status()).isEqualTo(403);
        assertThat(Api.get("/api/v1/reports", officer.name(), officer.password()).status()).isEqualTo(403);
        ConsoleBrowser browser = new ConsoleBrowser();
        browser.signIn(officer.name(), officer.password());
        ConsoleBrowser.Page out = browser.signOut();
        assertThat(out.location()).contains("/login.xhtml?signedOut=true");
        assertThat(browser.get("/console/index.xhtml").status()).as("signed out").isEqualTo(302);
        assertThat(Database.column("select action || ' ' || coalesce(object_id, '') || ' ' || outcome"
                + " from audit_event where actor = ? and action in ('ACCESS_REFUSED', 'SIGN_OUT') order by sequence",
                officer.name())).as("a resource's and a service's role checks alike").containsExactly(
                "ACCESS_REFUSED GET /api/v1/users DENIED", "ACCESS_REFUSED GET /api/v1/reports DENIED",
                "SIGN_OUT " + officer.name() + " SUCCESS");
    }

    @Test
    @DisplayName("OD-U4 a role taken away takes effect on the next request")
    void roleRevocationImmediate() {
        User auditor = TestUsers.trained("AUDITOR");
        assertThat(Api.get("/api/v1/audit/verify", auditor.name(), auditor.password()).status()).isEqualTo(200);
        Api.Answer changed = Api.put("/api/v1/users/" + auditor.name() + "/roles", Api.ADMIN, Api.ADMIN_PASSWORD,
                "{\"roles\":[\"COMMAND_STAFF\"]}");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(Api.get("/api/v1/audit/verify", auditor.name(), auditor.password()).status()).isEqualTo(403);
    }

    @Test
    @DisplayName("AC-7 five failed sign-ins lock the account until an administrator unlocks it or 15 minutes pass, with the same answer as a wrong password or an unknown name; each attempt is audited")
    void lockout() throws java.sql.SQLException {
        User officer = TestUsers.trained("OFFICER");
        Api.Answer wrong = null;
        for (int i = 0; i < 5; i++) {
            wrong = Api.get("/api/v1/me", officer.name(), "not-the-password");
            assertThat(wrong.status()).isEqualTo(401);
        }
        Api.Answer locked = Api.get("/api/v1/me", officer.name(), officer.password());
        assertThat(locked.status()).as("the right password no longer helps").isEqualTo(401);
        Api.Answer unknown = Api.get("/api/v1/me", "nobody-" + System.nanoTime(), "not-the-password");
        assertThat(locked.body()).as("a locked account answers like a wrong password and an unknown name")
                .isEqualTo(wrong.body()).isEqualTo(unknown.body());
        assertThat(locked.body()).doesNotContain("locked");

        JsonObject view = Api.get("/api/v1/users/" + officer.name(), Api.ADMIN, Api.ADMIN_PASSWORD).json();
        assertThat(view.getBoolean("locked")).isTrue();
        assertThat(Api.post("/api/v1/users/" + officer.name() + "/unlock", Api.ADMIN, Api.ADMIN_PASSWORD, "")
                .status()).isEqualTo(200);
        assertThat(Api.get("/api/v1/me", officer.name(), officer.password()).status()).isEqualTo(200);

        User auditor = TestUsers.trained("AUDITOR");
        Api.Answer attempts = Api.get("/api/v1/audit/events?action=SIGN_IN&actor=" + officer.name(),
                auditor.name(), auditor.password());
        assertThat(attempts.array().stream().map(v -> v.asJsonObject().getString("outcome")))
                .containsOnly("SUCCESS", "FAILURE", "DENIED")
                .filteredOn("FAILURE"::equals).hasSize(4);
        assertThat(Api.get("/api/v1/audit/events?action=ACCOUNT_UNLOCKED", auditor.name(), auditor.password())
                .array().stream().map(v -> v.asJsonObject().getString("objectId"))).contains(officer.name());

        for (int i = 0; i < 5; i++) {
            Api.get("/api/v1/me", officer.name(), "not-the-password");
        }
        assertThat(Api.get("/api/v1/me", officer.name(), officer.password()).status()).isEqualTo(401);
        try (java.sql.Connection c = Database.connect(); java.sql.PreparedStatement p = c.prepareStatement(
                "update user_account set locked_at = locked_at - interval '16 minutes' where username = ?")) {
            p.setString(1, officer.name());
            p.executeUpdate();
        }
        assertThat(Api.get("/api/v1/me", officer.name(), officer.password()).status())
                .as("the lock lapses on its own after 15 minutes").isEqualTo(200);
    }

    @Test
    @DisplayName("AC-7 an address that fails too often is not heard for a while, whichever accounts it tries, and locks none of them")
    void addressThrottled() throws java.sql.SQLException {
        User officer = TestUsers.trained("OFFICER");
        // all twenty within the server's window (5 s here), however slow each password check is on this machine
        java.util.List<Integer> answers = java.util.stream.IntStream.range(0, 20).parallel()
                .mapToObj(i -> Api.get("/api/v1/me", "guess-" + i + "-" + System.nanoTime(), "password" + i).status())
                .toList();
        assertThat(answers).containsOnly(401);
        Api.Answer refused = Api.get("/api/v1/me", officer.name(), officer.password());
        assertThat(refused.status()).as("even the right password, from that address").isEqualTo(401);
        try (java.sql.Connection c = Database.connect(); java.sql.PreparedStatement p = c.prepareStatement(
                "select count(*) from audit_event where action = 'SIGN_IN' and actor = ? and details like"
                        + " '%THROTTLED%'")) {
            p.setString(1, officer.name());
            try (java.sql.ResultSet r = p.executeQuery()) {
                r.next();
                assertThat(r.getInt(1)).isEqualTo(1);
            }
        }
        HotListFixtures.sleep(5_500); // the system-test server forgets failures after 5 s
        assertThat(Api.get("/api/v1/me", officer.name(), officer.password()).status()).as("and not locked")
                .isEqualTo(200);
    }

    @Test
    @DisplayName("A disabled account cannot sign in")
    void disabledAccount() {
        User officer = TestUsers.trained("OFFICER");
        assertThat(Api.post("/api/v1/users/" + officer.name() + "/disable", Api.ADMIN, Api.ADMIN_PASSWORD, "")
                .status()).isEqualTo(200);
        assertThat(Api.get("/api/v1/me", officer.name(), officer.password()).status()).isEqualTo(401);
    }

    @Test
    @DisplayName("OD-R4 user, role and training changes are audit events naming the administrator")
    void administrationAudited() {
        User subject = TestUsers.trained("OFFICER");
        Api.put("/api/v1/users/" + subject.name() + "/roles", Api.ADMIN, Api.ADMIN_PASSWORD,
                "{\"roles\":[\"OFFICER\",\"SUPERVISOR\"]}");
        User auditor = TestUsers.trained("AUDITOR");
        Api.Answer events = Api.get("/api/v1/audit/events?actor=admin", auditor.name(), auditor.password());
        assertThat(events.array().stream().map(JsonObject.class::cast)
                .filter(e -> subject.name().equals(e.getString("objectId", null)))
                .map(e -> e.getString("action"))).contains("USER_CREATED", "TRAINING_RECORDED", "ROLES_ASSIGNED");
    }

    private static Api.Answer createUser(String name, String password) {
        return Api.post("/api/v1/users", Api.ADMIN, Api.ADMIN_PASSWORD, "{\"username\":\"" + name
                + "\",\"displayName\":\"Pat Example\",\"password\":\"" + password + "\",\"roles\":[\"OFFICER\"]}");
    }

    @Test
    @DisplayName("IA-5 a password that is short, common, patterned or the user's own name is refused with the reason, and no account is made")
    void weakPasswordsRefused() {
        String name = "weakpw-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        for (String weak : new String[] {"1234567890", "          ", "1234567890ab", "qwertyuiop12", "Password123!",
                name + "-2026", "short-pw-9"}) {
            Api.Answer refused = createUser(name, weak);
            assertThat(refused.status()).as(weak).isEqualTo(400);
            assertThat(refused.json().getString("message")).as(weak).contains("password is refused");
            assertThat(Api.get("/api/v1/users/" + name, Api.ADMIN, Api.ADMIN_PASSWORD).status()).isEqualTo(404);
        }
        assertThat(createUser(name, "1234567890ab").json().getString("message")).contains("too easy to guess");
        assertThat(createUser(name, "short-pw-9").json().getString("message")).contains("at least 12");
        assertThat(createUser(name, "lantern orbit cabbage").status()).isEqualTo(201);
    }

    @Test
    @DisplayName("IA-5 AC-7 users change their own password by giving the current one; a wrong one is refused and audited, and the old password stops working at once, for cached API credentials too")
    void selfServiceChange() {
        User officer = TestUsers.trained("OFFICER");
        assertThat(Api.get("/api/v1/me", officer.name(), officer.password()).status()).isEqualTo(200);
        Api.Answer wrong = Api.put("/api/v1/me/password", officer.name(), officer.password(),
                "{\"currentPassword\":\"not-the-password\",\"newPassword\":\"lantern orbit cabbage\"}");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().getString("message")).contains("current password");
        Api.Answer weak = Api.put("/api/v1/me/password", officer.name(), officer.password(),
                "{\"currentPassword\":\"" + officer.password() + "\",\"newPassword\":\"password1234\"}");
        assertThat(weak.status()).isEqualTo(400);
        String chosen = "harbour lantern " + officer.name().substring(officer.name().length() - 4);
        Api.Answer changed = Api.put("/api/v1/me/password", officer.name(), officer.password(),
                "{\"currentPassword\":\"" + officer.password() + "\",\"newPassword\":\"" + chosen + "\"}");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
        assertThat(Api.get("/api/v1/me", officer.name(), officer.password()).status()).as("the old password")
                .isEqualTo(401);
        assertThat(Api.get("/api/v1/alerts", officer.name(), chosen).status()).isEqualTo(200);
        User auditor = TestUsers.trained("AUDITOR");
        assertThat(Api.get("/api/v1/audit/events?action=PASSWORD_CHANGED&actor=" + officer.name(), auditor.name(),
                auditor.password()).array().stream().map(JsonObject.class::cast).map(e -> e.getString("outcome")))
                .containsExactlyInAnyOrder("FAILURE", "SUCCESS");
    }

    @Test
    @DisplayName("IA-5 after an administrator's reset the user reaches only their own profile until they choose a password of their own")
    void resetForcesChange() {
        User officer = TestUsers.trained("OFFICER");
        String temporary = "handed over in person " + officer.name().substring(officer.name().length() - 4);
        Api.Answer reset = Api.post("/api/v1/users/" + officer.name() + "/password-reset", Api.ADMIN,
                Api.ADMIN_PASSWORD, "{\"temporaryPassword\":\"" + temporary + "\"}");
        assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
        assertThat(reset.json().getBoolean("passwordChangeRequired")).isTrue();
        assertThat(Api.get("/api/v1/alerts", officer.name(), officer.password()).status()).isEqualTo(401);
        Api.Answer gated = Api.get("/api/v1/alerts", officer.name(), temporary);
        assertThat(gated.status()).isEqualTo(403);
        assertThat(gated.json().getString("error")).isEqualTo("password_change_required");
        assertThat(Api.get("/api/v1/me", officer.name(), temporary).json().getBoolean("passwordChangeRequired"))
                .isTrue();
        ConsoleBrowser browser = new ConsoleBrowser();
        browser.signIn(officer.name(), temporary);
        assertThat(browser.get("/console/alerts/queue.xhtml").location()).as("the console sends them to their profile")
                .contains("/console/access/me.xhtml?password=change");
        String chosen = "my own four words " + officer.name().substring(officer.name().length() - 4);
        ConsoleBrowser.Page mismatch = browser.submit("/console/access/me.xhtml?password=change", "password:change",
                java.util.Map.of("password:current", temporary, "password:chosen", chosen,
                        "password:repeated", chosen + "!"));
        assertThat(mismatch.body()).contains("The two new passwords differ");
        ConsoleBrowser.Page changed = browser.submit("/console/access/me.xhtml?password=change", "password:change",
                java.util.Map.of("password:current", temporary, "password:chosen", chosen, "password:repeated",
                        chosen));
        assertThat(changed.location()).as(changed.body()).contains("/console/access/me.xhtml");
        assertThat(browser.get("/console/alerts/queue.xhtml").status()).as("the console opens again")
                .isEqualTo(200);
        assertThat(Api.get("/api/v1/alerts", officer.name(), chosen).status()).isEqualTo(200);
        assertThat(Api.get("/api/v1/me", officer.name(), temporary).status()).isEqualTo(401);
    }

    @Test
    @DisplayName("AC-2 an account nobody signed in to for the profile's 90 days is disabled by its next sign-in, which tells the right password why; an administrator's enabling gives it a new 90 days")
    void inactiveAccountDisabled() throws java.sql.SQLException {
        User officer = TestUsers.trained("OFFICER");
        assertThat(Api.get("/api/v1/me", officer.name(), officer.password()).status()).isEqualTo(200);
        try (java.sql.Connection c = Database.connect(); java.sql.PreparedStatement p = c.prepareStatement(
                "update user_account set created_at = now() - interval '120 days',"
                        + " last_signed_in_at = now() - interval '91 days' where username = ?")) {
            p.setString(1, officer.name());
            assertThat(p.executeUpdate()).isEqualTo(1);
        }
        assertThat(Api.get("/api/v1/me", officer.name(), "not-the-password").status()).isEqualTo(401);
        assertThat(Api.get("/api/v1/users/" + officer.name(), Api.ADMIN, Api.ADMIN_PASSWORD).json()
                .getBoolean("enabled")).as("a wrong password changes nothing").isTrue();
        Api.Answer refused = Api.get("/api/v1/me", officer.name(), officer.password());
        assertThat(refused.status()).as("though its credentials were verified a moment ago").isEqualTo(401);
        assertThat(refused.json().getString("message")).contains("nobody had signed in");
        assertThat(Api.get("/api/v1/users/" + officer.name(), Api.ADMIN, Api.ADMIN_PASSWORD).json()
                .getBoolean("enabled")).isFalse();
        assertThat(Api.post("/api/v1/users/" + officer.name() + "/enable", Api.ADMIN, Api.ADMIN_PASSWORD, "")
                .status()).isEqualTo(200);
        assertThat(Api.get("/api/v1/me", officer.name(), officer.password()).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("OD-R4 AU-2 a look at the alert queue or the custom hot-list entries is recorded, with how many were shown")
    void listsAudited() throws java.sql.SQLException {
        User officer = TestUsers.trained("OFFICER");
        Api.Answer queue = Api.get("/api/v1/alerts", officer.name(), officer.password());
        assertThat(queue.status()).isEqualTo(200);
        Api.Answer entries = Api.get("/api/v1/hotlists/custom-entries", officer.name(), officer.password());
        assertThat(entries.status()).isEqualTo(200);
        assertThat(Database.column("select action || ' ' || object_type || ' ' || details from audit_event"
                + " where actor = ? and action like '%LISTED' order by sequence", officer.name())).containsExactly(
                "ALERTS_LISTED alert queue " + queue.array().size() + " alerts shown",
                "CUSTOM_ENTRIES_LISTED custom entries " + entries.array().size() + " entries shown");
    }

    @Test
    @DisplayName("OD-R4 AU-2 a failed sign-in whose user name holds a NUL or a line break is still recorded, the characters escaped")
    void controlCharactersInUserNameRecorded() throws java.sql.SQLException {
        String name = "nul" + java.util.UUID.randomUUID().toString().substring(0, 6);
        for (String typed : new String[] {name + "\u0000x", name + "\nforged"}) {
            String token = java.util.Base64.getEncoder().encodeToString((typed + ":whatever-it-is")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(Api.send(Api.request("/api/v1/me", null, null).header("Authorization", "Basic " + token))
                    .status()).isEqualTo(401);
        }
        assertThat(Database.column("select actor from audit_event where action = 'SIGN_IN' and outcome = 'FAILURE'"
                + " and actor like ? order by sequence", name + "%"))
                .containsExactly(name + "\\u0000x", name + "\\nforged");
    }

    private static String codeAt(String secret, long secondsFromNow) {
        return org.platekeeper.access.domain.TimeBasedCodes.code(secret, java.time.Instant.now()
                .plusSeconds(secondsFromNow));
    }

    private static ConsoleBrowser.Page consoleSignIn(ConsoleBrowser browser, User user, String code) {
        return browser.submit("/login.xhtml", "signIn:submit", java.util.Map.of("signIn:username", user.name(),
                "signIn:password", user.password(), "signIn:code", code));
    }

    @Test
    @DisplayName("IA-2 AC-7 with two-step sign-in set up, the console needs a current code or an unused recovery code besides the password, HTTP Basic is refused, wrong codes are recorded, and an administrator's reset turns it off")
    void twoStepSignIn() throws java.sql.SQLException {
        User officer = TestUsers.trained("OFFICER");
        Api.Answer begun = Api.post("/api/v1/me/second-factor", officer.name(), officer.password(), "");
        assertThat(begun.status()).as(begun.toString()).isEqualTo(200);
        String secret = begun.json().getString("secret");
        assertThat(begun.json().getString("uri")).startsWith("otpauth://totp/").contains("secret=" + secret);
        assertThat(Api.put("/api/v1/me/second-factor", officer.name(), officer.password(), "{\"code\":\"000000\"}")
                .status()).as("a wrong code").isEqualTo(400);
        Api.Answer confirmed = Api.put("/api/v1/me/second-factor", officer.name(), officer.password(),
                "{\"code\":\"" + codeAt(secret, 0) + "\"}");
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        java.util.List<String> recovery = confirmed.json().getJsonArray("recoveryCodes").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
        assertThat(recovery).hasSize(10);

        Api.Answer basic = Api.get("/api/v1/alerts", officer.name(), officer.password());
        assertThat(basic.status()).as("HTTP Basic, though the password was verified a moment ago").isEqualTo(401);
        assertThat(basic.json().getString("message")).contains("second factor");

        ConsoleBrowser browser = new ConsoleBrowser();
        assertThat(consoleSignIn(browser, officer, "").body()).contains("signs in in two steps");
        assertThat(consoleSignIn(browser, officer, "999999").status()).as("a wrong code").isEqualTo(200);
        assertThat(consoleSignIn(browser, officer, codeAt(secret, 30)).status()).as("the next step's code")
                .isEqualTo(302);
        assertThat(browser.get("/console/alerts/queue.xhtml").status()).isEqualTo(200);
        assertThat(consoleSignIn(new ConsoleBrowser(), officer, recovery.get(0)).status()).isEqualTo(302);
        assertThat(consoleSignIn(new ConsoleBrowser(), officer, recovery.get(0)).status()).as("a used recovery code")
                .isEqualTo(200);
        assertThat(Database.column("select details from audit_event where action = 'SIGN_IN' and actor = ?"
                + " and details like '%second factor%' order by sequence", officer.name())).containsExactly(
                "channel=api, outcome=SECOND_FACTOR_REQUIRED, right password, no second factor given",
                "channel=console, outcome=SECOND_FACTOR_REQUIRED, right password, no second factor given",
                "channel=console, outcome=WRONG_CREDENTIALS, right password, wrong second factor",
                "channel=console, outcome=SIGNED_IN, second factor: one-time code",
                "channel=console, outcome=SIGNED_IN_WITH_RECOVERY_CODE, second factor: a recovery code, 9 left",
                "channel=console, outcome=WRONG_CREDENTIALS, right password, wrong second factor");

        assertThat(Api.post("/api/v1/users/" + officer.name() + "/second-factor-reset", Api.ADMIN,
                Api.ADMIN_PASSWORD, "").json().getBoolean("secondFactorEnrolled")).isFalse();
        assertThat(consoleSignIn(new ConsoleBrowser(), officer, "").status()).as("the password alone again")
                .isEqualTo(302);
    }

    @Test
    @DisplayName("IA-2 My profile sets up two-step sign-in: a QR code and the key, a code from the app to turn it on, and the recovery codes shown once")
    void twoStepSignInFromTheConsole() {
        User investigator = TestUsers.trained("INVESTIGATOR");
        ConsoleBrowser browser = new ConsoleBrowser();
        browser.signIn(investigator.name(), investigator.password());
        ConsoleBrowser.Page begun = browser.submit("/console/access/me.xhtml", "secondFactor:begin", java.util.Map.of());
        assertThat(begun.body()).contains("<svg", "aria-label=\"QR code for the authenticator app\"");
        java.util.regex.Matcher key = java.util.regex.Pattern.compile("<code id=\"secret\">([A-Z2-7]+)</code>")
                .matcher(begun.body());
        assertThat(key.find()).as(begun.body()).isTrue();
        ConsoleBrowser.Page on = browser.submit("/console/access/me.xhtml", "secondFactor:confirm",
                java.util.Map.of("secondFactor:code", codeAt(key.group(1), 0)));
        assertThat(on.body()).contains("Two-step sign-in is on", "id=\"recoveryCodes\"");
        assertThat(java.util.regex.Pattern.compile("<code>[a-z2-7]{5}-[a-z2-7]{5}</code>").matcher(on.body())
                .results().count()).isEqualTo(10);
        assertThat(Api.get("/api/v1/users/" + investigator.name(), Api.ADMIN, Api.ADMIN_PASSWORD).json()
                .getInt("unusedRecoveryCodes")).isEqualTo(10);
    }
}
