package org.platekeeper.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import java.nio.charset.StandardCharsets;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.platekeeper.audit.domain.ChainKey;
import org.platekeeper.system.TestUsers.User;

/**
 * Tampering as someone with database rights would: with the append-only trigger switched off. The verifier,
 * asked over the API, must find each change; each test puts the rows back, but the one that forges a chain the
 * verifier accepts, which only a published anchor exposes.
 */
@DisplayName("Audit trail: append-only and tamper-evident")
class AuditTrailIT {

    private static User auditor;

    @BeforeAll
    static void auditorAndSomeEvents() {
        auditor = TestUsers.trained("AUDITOR");
        TestUsers.trained("OFFICER");
        assertThat(verify().getBoolean("intact")).as("the chain starts intact").isTrue();
    }

    private static JsonObject verify() {
        Api.Answer answer = Api.get("/api/v1/audit/verify", auditor.name(), auditor.password());
        assertThat(answer.status()).isEqualTo(200);
        return answer.json();
    }

    @Test
    @DisplayName("OD-R4 the database refuses UPDATE and DELETE of audit events")
    void appendOnly() throws SQLException {
        long first = firstKept();
        try (Connection c = Database.connect(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("update audit_event set details = 'x' where sequence = " + first))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("update audit_event set details = null, object_id = null"
                    + " where sequence = " + first)).as("blanking without the purge's mark").hasMessageContaining(
                    "append-only");
            assertThatThrownBy(() -> s.executeUpdate("delete from audit_event where sequence = " + first))
                    .hasMessageContaining("append-only");
        }
    }

    @Test
    @DisplayName("OD-R4 AU-9 AC-6 the role the server connects as may read and append audit events but has no grant to update, delete or truncate them, and owns no table")
    void applicationRoleCannotRewrite() throws SQLException {
        long first = firstKept();
        String role = Database.applicationRole();
        try (Connection owner = Database.connect()) {
            assertThat(single(owner, "select count(*) from pg_roles where rolname = '" + role
                    + "' and not rolsuper")).as("the application's role is not a superuser").isEqualTo("1");
            assertThat(single(owner, "select count(*) from pg_class c join pg_roles r on r.oid = c.relowner"
                    + " join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and r.rolname = '"
                    + role + "'")).as("tables, views and sequences of the application that the role owns")
                    .isEqualTo("0");
        }
        try (Connection app = Database.connectAsApplication(); Statement s = app.createStatement()) {
            assertThat(single(app, "select count(*) > 0 from audit_event")).isEqualTo("t");
            // refused by the grants, before the trigger is asked: SQLSTATE 42501 insufficient privilege
            for (String rewrite : new String[] {
                    "update audit_event set details = 'x' where sequence = " + first,
                    "delete from audit_event where sequence = " + first,
                    "truncate audit_event",
                    "alter table audit_event disable trigger audit_event_no_update_or_delete",
                    "drop table audit_event"}) {
                assertThatThrownBy(() -> s.execute(rewrite)).as(rewrite).isInstanceOfSatisfying(SQLException.class,
                        e -> assertThat(e.getSQLState()).isIn("42501"));
            }
            assertThatThrownBy(() -> s.execute("create table public.planted (id int)")).as("creating tables")
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
        }
    }

    @Test
    @DisplayName("OD-X2 a modified audit row is detected at its sequence number")
    void modifiedRow() throws SQLException {
        long target = firstKept() + 1;
        try (Connection c = tamperer()) {
            String original = single(c, "select details from audit_event where sequence = " + target);
            exec(c, "update audit_event set details = 'nothing to see here' where sequence = " + target);
            try {
                JsonObject result = verify();
                assertThat(result.getBoolean("intact")).isFalse();
                assertThat(result.getJsonNumber("firstBrokenSequence").longValue()).isEqualTo(target);
                assertThat(result.getString("problem")).contains("modified");
            } finally {
                try (PreparedStatement p = c.prepareStatement("update audit_event set details = ? where sequence = ?")) {
                    p.setString(1, original);
                    p.setLong(2, target);
                    p.executeUpdate();
                }
            }
        }
        assertThat(verify().getBoolean("intact")).isTrue();
    }

    @Test
    @DisplayName("OD-X2 a deleted audit row is detected as missing")
    void deletedRow() throws SQLException {
        long target = firstKept() + 2;
        try (Connection c = tamperer()) {
            exec(c, "create temporary table kept as select * from audit_event where sequence = " + target);
            exec(c, "delete from audit_event where sequence = " + target);
            try {
                JsonObject result = verify();
                assertThat(result.getBoolean("intact")).isFalse();
                assertThat(result.getJsonNumber("firstBrokenSequence").longValue()).isEqualTo(target);
                assertThat(result.getString("problem")).contains("missing");
            } finally {
                exec(c, "insert into audit_event select * from kept");
            }
        }
        assertThat(verify().getBoolean("intact")).isTrue();
    }

    @Test
    @DisplayName("OD-X2 reordered audit rows (sequence numbers swapped) are detected")
    void reorderedRows() throws SQLException {
        long a = firstKept() + 3;
        try (Connection c = tamperer()) {
            swapSequences(c, a, a + 1);
            try {
                JsonObject result = verify();
                assertThat(result.getBoolean("intact")).isFalse();
                assertThat(result.getJsonNumber("firstBrokenSequence").longValue()).isEqualTo(a);
            } finally {
                swapSequences(c, a, a + 1);
            }
        }
        assertThat(verify().getBoolean("intact")).isTrue();
    }

    @Test
    @DisplayName("OD-AD3 running the verification is itself recorded in the trail")
    void verificationAudited() throws SQLException {
        long before = verifications();
        JsonObject result = verify();
        assertThat(verifications()).as("exactly one event for the one check").isEqualTo(before + 1);
        Api.Answer events = Api.get("/api/v1/audit/events?action=AUDIT_CHAIN_VERIFIED&actor=" + auditor.name(),
                auditor.name(), auditor.password());
        assertThat(events.array().getJsonObject(0).getString("details"))
                .isEqualTo("intact through event " + result.getJsonNumber("lastSequence").longValue());
    }

    private static long verifications() throws SQLException {
        try (Connection c = Database.connect(); PreparedStatement p = c.prepareStatement(
                "select count(*) from audit_event where action = 'AUDIT_CHAIN_VERIFIED' and actor = ?")) {
            p.setString(1, auditor.name());
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    @Test
    @DisplayName("OD-X2 OD-T1 a published audit anchor exposes a rewrite whose hashes were all recomputed, which the verifier alone cannot see")
    void anchorExposesRecomputedChain() throws Exception {
        Api.Answer anchors = Api.get("/api/public/audit-anchors?days=1", null, null);
        assertThat(anchors.status()).as("public, no sign-in").isEqualTo(200);
        JsonObject anchor = anchors.array().getJsonObject(anchors.array().size() - 1);
        long sequence = anchor.getJsonNumber("sequence").longValue();
        String hash = anchor.getString("hash");
        assertThat(check(sequence, hash).getBoolean("matches")).isTrue();

        // someone with the database and the stolen key rewrites the anchored event and reseals every event after
        // it, head included
        ChainKey key = PastAudit.serverKey(); // as its thief would have it
        rewriteAndReseal("update audit_event set details = 'rewritten' where sequence = " + sequence, sequence, key);

        assertThat(verify().getBoolean("intact")).as("the forged chain verifies").isTrue();
        JsonObject exposed = check(sequence, hash);
        assertThat(exposed.getBoolean("matches")).isFalse();
        assertThat(exposed.getString("currentHash")).isNotEqualTo(hash);
        assertThat(exposed.getString("verdict")).contains("rewritten");
        assertThat(Api.get("/api/public/audit-anchors/" + sequence + "?hash=xyz", null, null).status())
                .isEqualTo(400);
    }

    @Test
    @DisplayName("OD-X2 an event rewritten and resealed with plain SHA-256, as a database superuser without the key would, is still reported")
    void resealedWithoutTheKey() throws Exception {
        try (Connection c = tamperer()) {
            long target = Long.parseLong(single(c, "select max(sequence) from audit_event where key_id is not null"));
            String[] original;
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "select details, hash, key_id from audit_event where sequence = " + target)) {
                r.next();
                original = new String[] {r.getString(1), r.getString(2), r.getString(3)};
            }
            try {
                exec(c, "update audit_event set details = 'nothing happened' where sequence = " + target);
                for (boolean dropKeyId : new boolean[] {false, true}) {
                    try (Statement s = c.createStatement(); ResultSet row = s.executeQuery(
                            "select * from audit_event where sequence = " + target);
                         PreparedStatement reseal = c.prepareStatement(
                                 "update audit_event set hash = ?, key_id = ? where sequence = ?")) {
                        row.next();
                        String plain = recomputedSeal(row, row.getString("previous_hash"), null)[0];
                        reseal.setString(1, plain);
                        reseal.setString(2, dropKeyId ? null : original[2]);
                        reseal.setLong(3, target);
                        reseal.executeUpdate();
                    }
                    JsonObject result = verify();
                    assertThat(result.getBoolean("intact")).isFalse();
                    assertThat(result.getJsonNumber("firstBrokenSequence").longValue()).as(result.toString())
                            .isEqualTo(target);
                    assertThat(result.getString("problem")).contains(dropKeyId ? "not sealed with a chain key"
                            : "modified");
                }
            } finally {
                try (PreparedStatement p = c.prepareStatement(
                        "update audit_event set details = ?, hash = ?, key_id = ? where sequence = ?")) {
                    p.setString(1, original[0]);
                    p.setString(2, original[1]);
                    p.setString(3, original[2]);
                    p.setLong(4, target);
                    p.executeUpdate();
                }
            }
        }
        assertThat(verify().getBoolean("intact")).isTrue();
    }

    /**
     * As whoever holds the database and the key could: applies the rewrite, then seals every event from
     * {@code from} to the head again with the key, head included, all under the head's lock.
     */
    private static void rewriteAndReseal(String rewrite, long from, ChainKey key) throws Exception {
        try (Connection c = tamperer()) {
            c.setAutoCommit(false);
            exec(c, "select last_sequence from audit_chain_head where id = 1 for update");
            exec(c, rewrite);
            String previous = single(c, "select previous_hash from audit_event where sequence = " + from);
            try (Statement s = c.createStatement(); ResultSet row = s.executeQuery(
                    "select * from audit_event where sequence >= " + from + " order by sequence");
                 PreparedStatement reseal = c.prepareStatement("update audit_event set previous_hash = ?, hash = ?,"
                         + " key_id = ?, personal_digest = ? where sequence = ?")) {
                while (row.next()) {
                    String[] sealed = recomputedSeal(row, previous, key);
                    reseal.setString(1, previous);
                    reseal.setString(2, sealed[0]);
                    reseal.setString(3, key.id());
                    reseal.setString(4, sealed[1]);
                    reseal.setLong(5, row.getLong("sequence"));
                    reseal.executeUpdate();
                    previous = sealed[0];
                }
            }
            try (PreparedStatement head = c.prepareStatement("update audit_chain_head set last_hash = ? where id = 1")) {
                head.setString(1, previous);
                head.executeUpdate();
            }
            c.commit();
        }
    }

    private static JsonObject check(long sequence, String hash) {
        Api.Answer answer = Api.get("/api/public/audit-anchors/" + sequence + "?hash=" + hash, null, null);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    /**
     * The seal the application itself would give the row after {@code previousHash}, under the given key (null:
     * the plain SHA-256 of an unkeyed event): its own code, reflected.
     */
    private static String[] recomputedSeal(ResultSet row, String previousHash, ChainKey key) throws Exception {
        Class<?> type = Class.forName("org.platekeeper.audit.domain.AuditEvent");
        var constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        Object event = constructor.newInstance();
        set(event, "sequence", row.getLong("sequence"));
        set(event, "occurredAt", row.getTimestamp("occurred_at").toInstant());
        for (String[] column : new String[][] {{"actor", "actor"}, {"actorRoles", "actor_roles"},
                {"action", "action"}, {"objectType", "object_type"}, {"objectId", "object_id"},
                {"purpose", "purpose"}, {"clientAddress", "client_address"}, {"details", "details"}}) {
            set(event, column[0], row.getString(column[1]));
        }
        set(event, "outcome", Enum.valueOf(Class.forName("org.platekeeper.audit.domain.AuditOutcome")
                .asSubclass(Enum.class), row.getString("outcome")));
        set(event, "previousHash", previousHash);
        set(event, "keyId", key == null ? null : key.id());
        String personalDigest = null;
        if (key != null) {
            var digest = type.getDeclaredMethod("personalDigestOfFields");
            digest.setAccessible(true);
            personalDigest = (String) digest.invoke(event);
            set(event, "personalDigest", personalDigest);
        }
        var canonical = type.getDeclaredMethod("canonical");
        canonical.setAccessible(true);
        String text = (String) canonical.invoke(event);
        return new String[] {key == null ? RetentionIT.sha256(text.getBytes(StandardCharsets.UTF_8))
                : key.seal(text), personalDigest};
    }

    private static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        var f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }

    /** The first event the trail still holds: the purge deletes events past the audit retention from the start. */
    private static long firstKept() throws SQLException {
        try (Connection c = Database.connect()) {
            return Long.parseLong(single(c, "select min(sequence) from audit_event"));
        }
    }

    @Test
    @DisplayName("OD-R5 the purge deletes the events past the audit retention from the start of the chain, which then verifies from its new anchor, recorded in the certificate")
    void auditRetention() throws Exception {
        ChainKey key = PastAudit.serverKey();
        long first = firstKept();
        long last = first + 2;
        // three years pass for the first three events: their times go back, and the chain is sealed again
        rewriteAndReseal("update audit_event set occurred_at = occurred_at - interval '3 years' where sequence"
                + " between " + first + " and " + last, first, key);
        assertThat(verify().getBoolean("intact")).isTrue();
        String lastHash;
        try (Connection c = Database.connect()) {
            lastHash = single(c, "select hash from audit_event where sequence = " + last).trim();
        }

        User admin = TestUsers.trained("ADMINISTRATOR");
        Api.Answer purged = Api.post("/api/v1/purges", admin.name(), admin.password(), "");
        assertThat(purged.status()).as(purged.toString()).isEqualTo(200);

        assertThat(purged.json().getString("certificate")).contains("Audit events " + first + ".." + last
                + " past the audit retention deleted", lastHash);
        assertThat(firstKept()).isEqualTo(last + 1);
        try (Connection c = Database.connect()) {
            assertThat(single(c, "select anchor_sequence from audit_chain_head")).isEqualTo(Long.toString(last));
        }
        JsonObject chain = verify();
        assertThat(chain.getBoolean("intact")).as(chain.toString()).isTrue();
        assertThat(Api.get("/api/public/audit-anchors/" + first + "?hash=" + lastHash, null, null).json()
                .getString("verdict")).contains("past the audit retention");
    }

    private static void swapSequences(Connection c, long a, long b) throws SQLException {
        exec(c, "update audit_event set sequence = -1 where sequence = " + a);
        exec(c, "update audit_event set sequence = " + a + " where sequence = " + b);
        exec(c, "update audit_event set sequence = " + b + " where sequence = -1");
    }

    /** A connection that bypasses the append-only trigger, as a superuser could. */
    private static Connection tamperer() throws SQLException {
        Connection c = Database.connect();
        exec(c, "set session_replication_role = replica");
        return c;
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
