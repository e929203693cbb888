package org.platekeeper.shared.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.platekeeper.shared.application.ScheduledRuns;
import org.platekeeper.shared.application.ThisServer;

/**
 * Claims a slot with {@code INSERT … ON CONFLICT DO NOTHING} in a transaction of its own: a second server's insert
 * waits for the first to commit and then inserts nothing. Claims older than the longest slot's catch-up are
 * forgotten as new ones are made.
 */
@Stateless
@PermitAll
public class JdbcScheduledRuns implements ScheduledRuns {

    private static final Duration KEPT = Duration.ofDays(62);

    @Resource(lookup = "jdbc/platekeeper")
    DataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    ThisServer thisServer;

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(String job, String slot) {
        Instant now = Instant.now(clock);
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement forget = c.prepareStatement(
                    "delete from scheduled_run where job = ? and claimed_at < ?")) {
                forget.setString(1, job);
                forget.setTimestamp(2, Timestamp.from(now.minus(KEPT)));
                forget.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("""
                    insert into scheduled_run (job, slot, server, claimed_at) values (?, ?, ?, ?)
                    on conflict do nothing""")) {
                p.setString(1, job);
                p.setString(2, slot);
                p.setString(3, thisServer.name());
                p.setTimestamp(4, Timestamp.from(now));
                return p.executeUpdate() == 1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("claiming the scheduled run of " + job + " failed", e);
        }
    }
}
