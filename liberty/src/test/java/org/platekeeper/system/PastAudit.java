package org.platekeeper.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;

import org.platekeeper.audit.domain.AuditEvent;
import org.platekeeper.audit.domain.AuditOutcome;
import org.platekeeper.audit.domain.AuditableAction;
import org.platekeeper.audit.domain.ChainKey;

/**
 * Audit events as if recorded in the past, appended to the system-test server's chain and sealed with its key by the
 * application's own code: how a test shows what the purge does to events older than the retention.
 */
final class PastAudit {

    private PastAudit() {
    }

    /** The key that seals new events, read from the system-test server's key file. */
    static ChainKey serverKey() throws IOException {
        Path file = Path.of(System.getProperty("platekeeper.audit.keys",
                "target/liberty/wlp/usr/servers/platekeeper-it/audit-chain.keys"));
        String[] last = Files.readAllLines(file).stream().filter(l -> l.startsWith("key ")).reduce((a, b) -> b)
                .orElseThrow().split("\\s+");
        return new ChainKey(last[1], Base64.getDecoder().decode(last[2]));
    }

    /** Appends a sealed event recorded at {@code at}; answers its sequence number. */
    static long append(Instant at, String actor, AuditableAction action) throws SQLException, IOException {
        ChainKey key = serverKey();
        try (Connection c = Database.connect()) {
            c.setAutoCommit(false);
            long last;
            String lastHash;
            try (Statement s = c.createStatement(); ResultSet head = s.executeQuery(
                    "select last_sequence, last_hash from audit_chain_head where id = 1 for update")) {
                head.next();
                last = head.getLong(1);
                lastHash = head.getString(2).trim();
            }
            AuditEvent event = new AuditEvent(last + 1, lastHash, at, actor, "INVESTIGATOR", action, "10.0.0.9", key);
            try (PreparedStatement p = c.prepareStatement("""
                    insert into audit_event (sequence, occurred_at, actor, actor_roles, action, object_type, object_id,
                                             purpose, client_address, outcome, details, previous_hash, hash, key_id,
                                             personal_digest)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                p.setLong(1, event.sequence());
                p.setTimestamp(2, Timestamp.from(event.occurredAt()));
                p.setString(3, event.actor());
                p.setString(4, event.actorRoles());
                p.setString(5, event.action());
                p.setString(6, event.objectType());
                p.setString(7, event.objectId());
                p.setString(8, event.purpose());
                p.setString(9, event.clientAddress());
                p.setString(10, event.outcome().name());
                p.setString(11, event.details());
                p.setString(12, event.previousHash());
                p.setString(13, event.hash());
                p.setString(14, event.keyId());
                p.setString(15, event.personalDigest());
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement(
                    "update audit_chain_head set last_sequence = ?, last_hash = ? where id = 1")) {
                p.setLong(1, event.sequence());
                p.setString(2, event.hash());
                p.executeUpdate();
            }
            c.commit();
            return event.sequence();
        }
    }

    static AuditableAction action(String action, String objectType, String objectId, String details) {
        return AuditableAction.of(action, objectType, objectId, AuditOutcome.SUCCESS, details);
    }
}
