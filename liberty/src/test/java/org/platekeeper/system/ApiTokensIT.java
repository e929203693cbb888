package org.platekeeper.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.platekeeper.system.TestUsers.User;

@DisplayName("Personal API tokens: scripts of users who sign in with a second factor")
class ApiTokensIT {

    private static Api.Answer withToken(String method, String path, String token) {
        return Api.send(Api.request(path, null, null).header("Authorization", "Bearer " + token)
                .method(method, java.net.http.HttpRequest.BodyPublishers.noBody()));
    }

    private static Api.Answer issue(User user, String json) {
        return Api.post("/api/v1/me/api-tokens", user.name(), user.password(), json);
    }

    private static String issued(User user, String label) {
        Api.Answer issued = issue(user, "{\"label\":\"" + label + "\"}");
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        return issued.json().getString("secret");
    }

    @Test
    @DisplayName("IA-2 AC-6 a personal API token signs a script in as its owner, with the owner's roles of the moment, at the API only; it is kept as a hash, its issue, first use and revocation are recorded, and an expired or revoked one opens nothing")
    void tokenActsAsItsOwner() throws SQLException {
        User investigator = TestUsers.trained("INVESTIGATOR");
        Api.Answer issued = issue(investigator, "{\"label\":\"nightly case export\",\"lifetimeDays\":30}");
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        String secret = issued.json().getString("secret");
        JsonObject token = issued.json().getJsonObject("token");
        String id = token.getString("id");
        assertThat(secret).startsWith("pku_").hasSizeGreaterThan(40);
        assertThat(Duration.between(Instant.now(), Instant.parse(token.getString("expiresAt"))).toDays())
                .isBetween(29L, 30L);

        Api.Answer me = withToken("GET", "/api/v1/me", secret);
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.json().getString("username")).isEqualTo(investigator.name());
        assertThat(withToken("GET", "/api/v1/holds", secret).status()).as("the owner's role").isEqualTo(200);
        assertThat(withToken("GET", "/api/v1/users", secret).status()).as("a role the owner lacks").isEqualTo(403);
        assertThat(withToken("GET", "/console/index.xhtml", secret).status()).as("the console").isEqualTo(401);
        assertThat(withToken("POST", "/api/v1/reads", secret).status()).as("the cameras' door").isEqualTo(401);

        Api.Answer listed = Api.get("/api/v1/me/api-tokens", investigator.name(), investigator.password());
        assertThat(listed.array()).hasSize(1);
        assertThat(listed.array().getJsonObject(0).getString("label")).isEqualTo("nightly case export");
        assertThat(listed.array().getJsonObject(0).isNull("lastUsedAt")).as("the use is shown").isFalse();
        assertThat(listed.body()).doesNotContain(secret.substring(4, 20));
        assertThat(Database.column("select token_hash from api_token where id = ?::uuid", id)).singleElement()
                .satisfies(hash -> assertThat(hash).hasSize(64).isNotEqualTo(secret));

        Api.Answer roles = Api.put("/api/v1/users/" + investigator.name() + "/roles", Api.ADMIN, Api.ADMIN_PASSWORD,
                "{\"roles\":[\"OFFICER\"]}");
        assertThat(roles.status()).as(roles.toString()).isEqualTo(200);
        assertThat(withToken("GET", "/api/v1/holds", secret).status()).as("a role taken away").isEqualTo(403);

        User other = TestUsers.trained("OFFICER");
        assertThat(Api.send("DELETE", "/api/v1/me/api-tokens/" + id, other.name(), other.password(), null, null)
                .status()).as("another user's token").isEqualTo(404);
        Api.Answer revoked = Api.send("DELETE", "/api/v1/me/api-tokens/" + id, investigator.name(),
                investigator.password(), null, null);
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
        assertThat(revoked.json().getString("status")).isEqualTo("revoked");
        Api.Answer refused = withToken("GET", "/api/v1/me", secret);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().getString("message")).contains("revoked");

        String lapsing = issued(investigator, "a script for last month");
        try (var connection = Database.connect(); var statement = connection.prepareStatement(
                "update api_token set created_at = now() - interval '40 days', expires_at = now() - interval '1 day'"
                        + " where token_hash = encode(sha256(convert_to(?, 'UTF8')), 'hex')")) {
            statement.setString(1, lapsing);
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
        assertThat(withToken("GET", "/api/v1/me", lapsing).status()).as("expired").isEqualTo(401);

        java.util.List<String> recorded = Database.column("select action || ' ' || coalesce(details, '') from"
                + " audit_event where actor = ? and (action like 'API_TOKEN%' or details like 'channel=api-token%')"
                + " order by sequence", investigator.name());
        assertThat(recorded).hasSize(4);
        assertThat(recorded.subList(0, 3)).containsExactly(
                "API_TOKEN_ISSUED label=nightly case export, expires=" + token.getString("expiresAt"),
                "SIGN_IN channel=api-token, label=nightly case export, outcome=SIGNED_IN",
                "API_TOKEN_REVOKED label=nightly case export, revoked by its owner");
        assertThat(recorded.get(3)).startsWith("API_TOKEN_ISSUED label=a script for last month, expires=");
    }

    @Test
    @DisplayName("IA-2 a user with two-step sign-in issues a token under My profile, shown once, and the script uses it where HTTP Basic is refused; an administrator's password reset or disabling the account voids the user's tokens")
    void tokenForAnAccountWithASecondFactor() {
        User officer = TestUsers.trained("OFFICER");
        String key = Api.post("/api/v1/me/second-factor", officer.name(), officer.password(), "").json()
                .getString("secret");
        assertThat(Api.put("/api/v1/me/second-factor", officer.name(), officer.password(), "{\"code\":\""
                + org.platekeeper.access.domain.TimeBasedCodes.code(key, Instant.now()) + "\"}").status())
                .isEqualTo(200);
        assertThat(Api.get("/api/v1/alerts", officer.name(), officer.password()).json().getString("message"))
                .contains("personal API token");

        ConsoleBrowser browser = new ConsoleBrowser();
        assertThat(browser.submit("/login.xhtml", "signIn:submit", Map.of("signIn:username", officer.name(),
                "signIn:password", officer.password(), "signIn:code",
                org.platekeeper.access.domain.TimeBasedCodes.code(key, Instant.now().plusSeconds(30)))).status())
                .isEqualTo(302);
        ConsoleBrowser.Page page = browser.submit("/console/access/me.xhtml", "apiTokens:issue",
                Map.of("apiTokens:label", "patrol car <b>17</b> uploader", "apiTokens:days", "7"));
        Matcher shown = Pattern.compile("<code id=\"tokenSecret\">(pku_[A-Za-z0-9_-]+)</code>").matcher(page.body());
        assertThat(shown.find()).as(page.body()).isTrue();
        String secret = shown.group(1);
        assertThat(page.body()).contains("patrol car &lt;b&gt;17&lt;/b&gt; uploader").doesNotContain("<b>17</b>");
        assertThat(browser.get("/console/access/me.xhtml").body()).as("shown once")
                .contains("patrol car").doesNotContain(secret);
        assertThat(withToken("GET", "/api/v1/alerts", secret).status()).isEqualTo(200);

        Api.Answer reset = Api.post("/api/v1/users/" + officer.name() + "/password-reset", Api.ADMIN,
                Api.ADMIN_PASSWORD, "{\"temporaryPassword\":\"tangerine orbit quarry lantern\"}");
        assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
        assertThat(withToken("GET", "/api/v1/me", secret).status()).as("after a password reset").isEqualTo(401);
        assertThat(Api.get("/api/v1/users/" + officer.name() + "/api-tokens", Api.ADMIN, Api.ADMIN_PASSWORD).array()
                .getJsonObject(0).getString("revokedBy")).isEqualTo(Api.ADMIN);

        User clerk = TestUsers.trained("RECORDS_CLERK");
        String clerkToken = issued(clerk, "records export");
        assertThat(withToken("GET", "/api/v1/me", clerkToken).status()).isEqualTo(200);
        assertThat(Api.post("/api/v1/users/" + clerk.name() + "/disable", Api.ADMIN, Api.ADMIN_PASSWORD, "")
                .status()).isEqualTo(200);
        assertThat(withToken("GET", "/api/v1/me", clerkToken).status()).as("disabled").isEqualTo(401);
        assertThat(Api.post("/api/v1/users/" + clerk.name() + "/enable", Api.ADMIN, Api.ADMIN_PASSWORD, "")
                .status()).isEqualTo(200);
        assertThat(withToken("GET", "/api/v1/me", clerkToken).status()).as("enabled again, the token stays revoked")
                .isEqualTo(401);
    }

    @Test
    @DisplayName("IA-2 OD-AD2 no token is issued while the owner's data functions are closed, nor without a label, for over a year, or beyond ten at once")
    void issueRefused() {
        User untrained = TestUsers.untrained("INVESTIGATOR");
        assertThat(issue(untrained, "{\"label\":\"export\"}").status()).as("untrained").isEqualTo(403);
        User investigator = TestUsers.trained("INVESTIGATOR");
        assertThat(issue(investigator, "{\"lifetimeDays\":30}").status()).as("no label").isEqualTo(400);
        assertThat(issue(investigator, "{\"label\":\"export\",\"lifetimeDays\":400}").status()).as("over a year")
                .isEqualTo(400);
        for (int i = 0; i < 10; i++) {
            issued(investigator, "script " + i);
        }
        Api.Answer eleventh = issue(investigator, "{\"label\":\"one too many\"}");
        assertThat(eleventh.status()).isEqualTo(400);
        assertThat(eleventh.json().getString("message")).contains("revoke");
        assertThat(Api.get("/api/v1/me/api-tokens", investigator.name(), investigator.password()).array())
                .hasSize(10);
    }
}
