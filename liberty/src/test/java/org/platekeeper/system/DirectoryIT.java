package org.platekeeper.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Hashtable;
import java.util.List;

import javax.naming.Context;
import javax.naming.NamingException;
import javax.naming.directory.BasicAttribute;
import javax.naming.directory.BasicAttributes;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.ModificationItem;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Sign-in against the city directory: the OpenLDAP server that scripts/directory.sh starts with the groups of
 * src/test/directory/city.ldif, which the system-test server is pointed at (src/test/liberty/server.env). Each
 * test adds the people it signs in as, under names of their own.
 */
@DisplayName("City directory: sign-in with LDAP, roles from its groups")
class DirectoryIT {

    private static final String DIRECTORY = System.getProperty("platekeeper.directory.url", "ldap://127.0.0.1:3890");
    private static final String OFFICER_PASSWORD = "okafor patrols the east side";

    @BeforeAll
    static void directoryRuns() {
        try {
            manager().close();
        } catch (NamingException notRunning) {
            throw new IllegalStateException("the test directory does not answer at " + DIRECTORY
                    + ": scripts/test.sh starts it (scripts/directory.sh start)", notRunning);
        }
    }

    private static DirContext manager() throws NamingException {
        Hashtable<String, Object> environment = new Hashtable<>();
        environment.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        environment.put(Context.PROVIDER_URL, DIRECTORY);
        environment.put(Context.SECURITY_AUTHENTICATION, "simple");
        environment.put(Context.SECURITY_PRINCIPAL, "cn=manager,dc=city,dc=test");
        environment.put(Context.SECURITY_CREDENTIALS, "directory-manager-secret");
        return new InitialDirContext(environment);
    }

    private static String person(String uid) {
        return "uid=" + uid + ",ou=people,dc=city,dc=test";
    }

    private static void membership(int operation, String group, String uid) throws NamingException {
        DirContext directory = manager();
        try {
            directory.modifyAttributes("cn=" + group + ",ou=groups,dc=city,dc=test", new ModificationItem[] {
                    new ModificationItem(operation, new BasicAttribute("member", person(uid)))});
        } finally {
            directory.close();
        }
    }

    /** A new person in the directory, in these groups, with a name of their own so the test runs again. */
    private static String newPerson(String displayName, String password, String... groups) throws NamingException {
        String uid = "dir-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        BasicAttributes entry = new BasicAttributes(true);
        BasicAttribute classes = new BasicAttribute("objectClass");
        classes.add("inetOrgPerson");
        entry.put(classes);
        entry.put("uid", uid);
        entry.put("cn", displayName);
        entry.put("sn", displayName.substring(displayName.lastIndexOf(' ') + 1));
        entry.put("userPassword", password);
        DirContext directory = manager();
        try {
            directory.createSubcontext(person(uid), entry).close();
        } finally {
            directory.close();
        }
        for (String group : groups) {
            membership(DirContext.ADD_ATTRIBUTE, group, uid);
        }
        return uid;
    }

    private static List<String> roles(JsonObject user) {
        return user.getJsonArray("roles").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    @Test
    @DisplayName("IA-2 AC-2 OD-AD2 a person of the city directory signs in with its password; the first sign-in makes the account with the roles of their groups and the name the directory gives, and the training gate still holds")
    void firstSignInMakesTheAccount() throws SQLException, NamingException {
        String officer = newPerson("Dana Okafor", OFFICER_PASSWORD, "platekeeper-officer");
        Api.Answer me = Api.get("/api/v1/me", officer, OFFICER_PASSWORD);
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(roles(me.json())).containsExactly("OFFICER");
        assertThat(me.json().getString("displayName")).isEqualTo("Dana Okafor");
        assertThat(me.json().getBoolean("directoryAccount")).isTrue();
        assertThat(me.json().getBoolean("trainingCurrent")).isFalse();
        assertThat(Api.get("/api/v1/alerts", officer, OFFICER_PASSWORD).status()).as("untrained").isEqualTo(403);
        TestUsers.recordTraining(officer, LocalDate.now().minusDays(1), LocalDate.now().plusYears(1));
        assertThat(Api.get("/api/v1/alerts", officer, OFFICER_PASSWORD).status()).isEqualTo(200);
        ConsoleBrowser browser = new ConsoleBrowser();
        assertThat(browser.signIn(officer, OFFICER_PASSWORD).status()).as("the console").isEqualTo(302);
        assertThat(browser.get("/console/access/me.xhtml").body()).contains("Dana Okafor", "city directory")
                .doesNotContain("id=\"password:current\"");

        assertThat(Database.column("select details from audit_event where action = 'ACCOUNT_CREATED_FROM_DIRECTORY'"
                + " and object_id = ?", officer)).singleElement().asString()
                .contains("roles=[OFFICER]", "entry=" + person(officer));
        assertThat(Database.column("select details from audit_event where action = 'SIGN_IN' and actor = ?"
                + " and outcome = 'SUCCESS'", officer)).isNotEmpty()
                .allSatisfy(d -> assertThat(d).contains("city directory"));
    }

    @Test
    @DisplayName("IA-2 AC-7 a wrong directory password, an empty one and a name the directory does not know get the answer of a wrong password, and wrong ones count towards the lockout")
    void wrongPasswordsRefused() throws SQLException, NamingException {
        String sergeant = newPerson("Lee Varga", "varga approves the holds", "platekeeper-supervisor");
        assertThat(Api.get("/api/v1/me", sergeant, "varga approves the holds").status()).isEqualTo(200);
        Api.Answer wrong = Api.get("/api/v1/me", sergeant, "varga guesses");
        assertThat(wrong.status()).isEqualTo(401);
        Api.Answer unknown = Api.get("/api/v1/me", "dir-nobody", "varga guesses");
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.json().getString("message")).isEqualTo(wrong.json().getString("message"));
        assertThat(Api.get("/api/v1/me", sergeant, "").status()).as("an empty password binds anonymously in LDAP")
                .isEqualTo(401);
        for (int i = 0; i < 4; i++) {
            Api.get("/api/v1/me", sergeant, "varga guesses again " + i);
        }
        assertThat(Api.get("/api/v1/users/" + sergeant, Api.ADMIN, Api.ADMIN_PASSWORD).json().getBoolean("locked"))
                .isTrue();
        assertThat(Api.get("/api/v1/me", sergeant, "varga approves the holds").status()).as("locked").isEqualTo(401);
        assertThat(Database.column("select details from audit_event where action = 'SIGN_IN' and actor = ?"
                + " order by sequence desc limit 1", sergeant)).as("the directory is not asked while locked")
                .containsExactly("channel=api, outcome=LOCKED");
        assertThat(Database.column("select details from audit_event where action = 'SIGN_IN' and actor = ?"
                + " and outcome = 'FAILURE' order by sequence", sergeant)).first().asString()
                .contains("WRONG_CREDENTIALS", "wrong directory password");
        assertThat(Api.post("/api/v1/users/" + sergeant + "/unlock", Api.ADMIN, Api.ADMIN_PASSWORD, "").status())
                .isEqualTo(200);
    }

    @Test
    @DisplayName("AC-2 AC-6 roles follow the directory's groups at each sign-in: a person put in a group gets its role, one moved out loses it, one in no Platekeeper group gets no account, and a group may be named by its distinguished name")
    void rolesFollowGroups() throws NamingException, SQLException {
        String chief = newPerson("Robin Achterberg", "achterberg reads the dashboards", "command-staff-alpr");
        assertThat(new ConsoleBrowser().signIn(chief, "achterberg reads the dashboards").status()).isEqualTo(302);
        assertThat(roles(Api.get("/api/v1/users/" + chief, Api.ADMIN, Api.ADMIN_PASSWORD).json()))
                .as("ALPR_DIRECTORY_GROUP_COMMAND_STAFF names the group by its DN").containsExactly("COMMAND_STAFF");

        String password = "ito answers the requests";
        String clerk = newPerson("Sam Ito", password, "parking-enforcement");
        Api.Answer none = Api.get("/api/v1/me", clerk, password);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.json().getString("message")).contains("none of Platekeeper's groups");
        assertThat(Api.get("/api/v1/users/" + clerk, Api.ADMIN, Api.ADMIN_PASSWORD).status()).as("no account")
                .isEqualTo(404);

        membership(DirContext.ADD_ATTRIBUTE, "platekeeper-officer", clerk);
        try {
            assertThat(new ConsoleBrowser().signIn(clerk, password).status()).isEqualTo(302);
            assertThat(roles(Api.get("/api/v1/users/" + clerk, Api.ADMIN, Api.ADMIN_PASSWORD).json()))
                    .containsExactly("OFFICER");
            membership(DirContext.ADD_ATTRIBUTE, "platekeeper-auditor", clerk);
            membership(DirContext.REMOVE_ATTRIBUTE, "platekeeper-officer", clerk);
            assertThat(new ConsoleBrowser().signIn(clerk, password).status()).isEqualTo(302);
            assertThat(roles(Api.get("/api/v1/users/" + clerk, Api.ADMIN, Api.ADMIN_PASSWORD).json()))
                    .containsExactly("AUDITOR");
            assertThat(Database.column("select details from audit_event where action = 'ROLES_FOLLOWED_DIRECTORY'"
                    + " and object_id = ?", clerk)).containsExactly("roles=[AUDITOR], were [OFFICER]");
            membership(DirContext.REMOVE_ATTRIBUTE, "platekeeper-auditor", clerk);
            assertThat(Api.get("/api/v1/me", clerk, password).status()).as("out of every group").isEqualTo(401);
            assertThat(roles(Api.get("/api/v1/users/" + clerk, Api.ADMIN, Api.ADMIN_PASSWORD).json())).isEmpty();
        } finally {
            for (String group : List.of("platekeeper-officer", "platekeeper-auditor")) {
                try {
                    membership(DirContext.REMOVE_ATTRIBUTE, group, clerk);
                } catch (NamingException notAMember) {
                    // already out
                }
            }
        }
    }

    @Test
    @DisplayName("IA-5 AC-6 a directory account's password and roles are the directory's: no change of password here, no reset or roles from an administrator; a local account is never taken over by a directory entry of its name")
    void directoryAccountsAreTheDirectorys() throws SQLException, NamingException {
        String officer = newPerson("Kim Osei", OFFICER_PASSWORD, "platekeeper-officer");
        assertThat(Api.get("/api/v1/me", officer, OFFICER_PASSWORD).status()).isEqualTo(200);
        Api.Answer change = Api.put("/api/v1/me/password", officer, OFFICER_PASSWORD,
                "{\"currentPassword\":\"" + OFFICER_PASSWORD + "\",\"newPassword\":\"a new one chosen here\"}");
        assertThat(change.status()).isEqualTo(400);
        assertThat(change.json().getString("message")).contains("city directory");
        assertThat(Api.put("/api/v1/users/" + officer + "/roles", Api.ADMIN, Api.ADMIN_PASSWORD,
                "{\"roles\":[\"ADMINISTRATOR\"]}").status()).as("roles from an administrator").isEqualTo(400);
        assertThat(Api.post("/api/v1/users/" + officer + "/password-reset", Api.ADMIN, Api.ADMIN_PASSWORD,
                "{\"temporaryPassword\":\"tangerine orbit quarry lantern\"}").status()).isEqualTo(400);
        assertThat(roles(Api.get("/api/v1/users/" + officer, Api.ADMIN, Api.ADMIN_PASSWORD).json()))
                .containsExactly("OFFICER");

        assertThat(Api.get("/api/v1/me", Api.ADMIN, "a directory entry named admin").status())
                .as("the directory's admin entry, though in platekeeper-administrator").isEqualTo(401);
        assertThat(Database.column("select details from audit_event where action = 'SIGN_IN' and actor = 'admin'"
                + " and outcome = 'FAILURE' order by sequence desc limit 1")).singleElement().asString()
                .doesNotContain("directory");
    }

    @Test
    @DisplayName("AC-2 IA-2 a personal API token of a directory account follows the directory's groups while the script runs, without the person signing in again")
    void tokenFollowsGroups() throws NamingException, SQLException {
        String person = newPerson("Ari Lindqvist", OFFICER_PASSWORD, "platekeeper-officer");
        assertThat(Api.get("/api/v1/me", person, OFFICER_PASSWORD).status()).isEqualTo(200);
        TestUsers.recordTraining(person, LocalDate.now().minusDays(1), LocalDate.now().plusYears(1));
        Api.Answer issued = Api.post("/api/v1/me/api-tokens", person, OFFICER_PASSWORD, "{\"label\":\"hit export\"}");
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        String token = issued.json().getString("secret");
        java.util.function.Function<String, Integer> withToken = path -> Api.send(Api.request(path, null, null)
                .header("Authorization", "Bearer " + token).GET()).status();
        assertThat(withToken.apply("/api/v1/alerts")).isEqualTo(200);

        membership(DirContext.REMOVE_ATTRIBUTE, "platekeeper-officer", person);
        membership(DirContext.ADD_ATTRIBUTE, "platekeeper-auditor", person);
        try {
            assertThat(withToken.apply("/api/v1/alerts")).as("looked at again only every few minutes")
                    .isEqualTo(200);
            try (var connection = Database.connect(); var statement = connection.prepareStatement(
                    "update api_token set last_used_at = now() - interval '10 minutes' where token_hash ="
                            + " encode(sha256(convert_to(?, 'UTF8')), 'hex')")) {
                statement.setString(1, token);
                assertThat(statement.executeUpdate()).isEqualTo(1);
            }
            assertThat(withToken.apply("/api/v1/alerts")).as("no longer an officer").isEqualTo(403);
            assertThat(roles(Api.get("/api/v1/users/" + person, Api.ADMIN, Api.ADMIN_PASSWORD).json()))
                    .containsExactly("AUDITOR");
            assertThat(Database.column("select details from audit_event where action = 'ROLES_FOLLOWED_DIRECTORY'"
                    + " and object_id = ?", person)).containsExactly("roles=[AUDITOR], were [OFFICER]");
        } finally {
            membership(DirContext.REMOVE_ATTRIBUTE, "platekeeper-auditor", person);
        }
    }
}
