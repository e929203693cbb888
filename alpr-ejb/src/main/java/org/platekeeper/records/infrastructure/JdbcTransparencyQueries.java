package org.platekeeper.records.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.platekeeper.records.domain.TransparencyFigures;
import org.platekeeper.records.domain.TransparencyQueries;

@ApplicationScoped
public class JdbcTransparencyQueries implements TransparencyQueries {

    @Resource(lookup = "jdbc/platekeeper")
    DataSource dataSource;

    @Override
    public TransparencyFigures between(Instant windowStart, Instant windowEnd, LocalDate today) {
        Timestamp from = Timestamp.from(windowStart);
        Timestamp to = Timestamp.from(windowEnd);
        try (Connection c = dataSource.getConnection()) {
            Map<String, Long> cameras = grouped(c, "select type, count(*) from camera where status = 'ACTIVE'"
                    + " group by type order by type");
            Map<String, Long> entries = grouped(c, """
                    select e.kind, count(*) from hot_list_entry e
                      join hot_list l on l.id = e.list_id and e.generation = l.active_generation
                     where e.status = 'ACTIVE' group by e.kind order by e.kind""");
            long reads = count(c, "select count(*) from kept_read where captured_at >= ? and captured_at < ?",
                    from, to);
            long searches = count(c, "select count(*) from historical_search where created_at >= ? and created_at < ?",
                    from, to);
            long refused = count(c, "select count(*) from audit_event where action in ('SEARCH_REFUSED',"
                    + " 'SEARCH_REJECTED') and occurred_at >= ? and occurred_at < ?", from, to);
            long alerts = count(c, "select count(*) from alert where raised_at >= ? and raised_at < ?", from, to);
            long disclosures = count(c, "select count(*) from dissemination where outcome = 'DISCLOSED'"
                    + " and at >= ? and at < ?", from, to);
            List<String> partners = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("""
                    select distinct p.name from partner_agency p join sharing_agreement a on a.partner_id = p.id
                     where a.status = 'ACTIVE' and a.valid_from <= ? and a.valid_until >= ? order by p.name""")) {
                p.setObject(1, today);
                p.setObject(2, today);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        partners.add(r.getString(1));
                    }
                }
            }
            Instant lastPurgeAt = null;
            String lastPurgeDigest = null;
            try (PreparedStatement p = c.prepareStatement("select finished_at, digest from purge_run"
                    + " where status = 'COMPLETED' order by finished_at desc limit 1");
                 ResultSet r = p.executeQuery()) {
                if (r.next()) {
                    lastPurgeAt = r.getTimestamp(1).toInstant();
                    lastPurgeDigest = r.getString(2);
                }
            }
            Instant lastAuditAt = null;
            try (PreparedStatement p = c.prepareStatement("select max(occurred_at) from audit_event"
                    + " where action = 'AUDIT_CHAIN_VERIFIED'");
                 ResultSet r = p.executeQuery()) {
                if (r.next() && r.getTimestamp(1) != null) {
                    lastAuditAt = r.getTimestamp(1).toInstant();
                }
            }
            return new TransparencyFigures(cameras, reads, entries, searches, refused, alerts, partners, disclosures,
                    lastPurgeAt, lastPurgeDigest, lastAuditAt);
        } catch (SQLException e) {
            throw new IllegalStateException("the transparency figures could not be read", e);
        }
    }

    private static Map<String, Long> grouped(Connection c, String sql) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement(sql); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                counts.put(r.getString(1), r.getLong(2));
            }
        }
        return counts;
    }

    private static long count(Connection c, String sql, Timestamp from, Timestamp to) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setTimestamp(1, from);
            p.setTimestamp(2, to);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
