package org.platekeeper.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.platekeeper.alerts.domain.AlertRepository;
import org.platekeeper.hotlists.application.HotListMatcher;
import org.platekeeper.reads.application.ReadsCaptured;
import org.platekeeper.shared.application.ScheduledRuns;
import org.platekeeper.shared.application.ServerSignals;
import org.platekeeper.shared.infrastructure.DatabaseSettings;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * What keeps a crash or a second server from losing or doubling work, seen from inside the server where a
 * transaction can be held open: a read and the alerts it raises are one transaction (nothing between the read's
 * commit and its match can lose a hit, because there is no "between"); a change is announced to the other servers
 * only when it commits; a scheduled job's slot is claimed by one server only.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("In container: reads and alerts, announcements and scheduled runs across crashes and servers")
class ReliabilityIT {

    private static final String CUSTOM_LIST = "018f0000-0000-7000-8000-000000000001";

    @Deployment
    static WebArchive fromTheBuiltApplication() {
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new File(System.getProperty("platekeeper.ear")));
        WebArchive war = ShrinkWrap.create(WebArchive.class, "platekeeper-reliability.war")
                .addAsLibrary(ear.getAsType(JavaArchive.class, "alpr-ejb.jar"))
                .addClasses(ReliabilityIT.class, TestRows.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        ear.getContent(path -> path.get().startsWith("/lib/")).keySet().stream().map(ArchivePath::get)
                .forEach(lib -> war.addAsLibrary(ear.getAsType(JavaArchive.class, lib)));
        return war;
    }

    @Inject
    Event<ReadsCaptured> captured;

    @Inject
    HotListMatcher matcher;

    @Inject
    AlertRepository alerts;

    @Inject
    UserTransaction transaction;

    @Inject
    ServerSignals otherServers;

    @Inject
    ScheduledRuns runs;

    @Inject
    DatabaseSettings database;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Resource(lookup = "jdbc/platekeeper")
    DataSource dataSource;

    @Test
    @DisplayName("PC-A1 a change is announced to the other servers when its transaction commits, and never when it rolls back")
    void announcedAtCommitOnly() throws Exception {
        String rolledBack = "rolled-back-" + UUID.randomUUID();
        String committed = "committed-" + UUID.randomUUID();
        try (Connection listening = database.openDirectConnection()) {
            try (Statement s = listening.createStatement()) {
                s.execute("LISTEN platekeeper_changes");
            }
            transaction.begin();
            otherServers.send("test", rolledBack);
            transaction.rollback();
            transaction.begin();
            otherServers.send("test", committed);
            List<String> beforeCommit = heard(listening, 300);
            transaction.commit();
            List<String> afterCommit = heard(listening, 3000);

            assertTrue(beforeCommit.isEmpty(), "nothing is heard while the transaction is open: " + beforeCommit);
            assertTrue(afterCommit.stream().anyMatch(p -> p.endsWith(" test " + committed)), afterCommit.toString());
            assertTrue(afterCommit.stream().noneMatch(p -> p.contains(rolledBack)), afterCommit.toString());
        }
    }

    @Test
    @DisplayName("PC-C1 a scheduled job's slot is claimed once, however many servers claim it at the same moment")
    void slotClaimedOnce() throws Exception {
        String job = "test-" + UUID.randomUUID().toString().substring(0, 8);
        List<Future<Boolean>> claims = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            claims.add(executor.submit(() -> runs.claim(job, "2026-12-01")));
        }
        int won = 0;
        for (Future<Boolean> claim : claims) {
            won += claim.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        assertEquals(1, won, "one claim of six wins");
        assertTrue(runs.claim(job, "2026-12-02"), "the next slot is free");
        assertFalse(runs.claim(job, "2026-12-02"));
    }

    private static List<String> heard(Connection listening, long waitMillis) throws SQLException {
        List<String> payloads = new ArrayList<>();
        PGNotification[] arrived = listening.unwrap(PGConnection.class).getNotifications((int) waitMillis);
        if (arrived != null) {
            for (PGNotification n : arrived) {
                payloads.add(n.getParameter());
            }
        }
        return payloads;
    }

    @Test
    @DisplayName("PC-A1 OD-V1 a matching read's alert is raised inside the read's transaction and rolls back with it")
    void alertRollsBackWithTheRead() throws Exception {
        String plate = "TXN" + (1000 + new Random().nextInt(9000));
        long entry = activeEntry(plate);
        UUID camera = camera();
        UUID read = UUID.randomUUID();

        transaction.begin();
        captured.fire(capturedRead(read, camera, plate));
        boolean raisedBeforeCommit = alerts.exists(read, entry);
        transaction.rollback();

        assertTrue(raisedBeforeCommit, "the alert is written in the transaction that stores the read");
        transaction.begin();
        boolean afterRollback = alerts.exists(read, entry);
        transaction.commit();
        assertFalse(afterRollback, "a read that rolled back leaves no alert");
    }

    @Test
    @DisplayName("PC-A1 OD-V1 a matching read's alert is committed by the same commit as the read")
    void alertCommitsWithTheRead() throws Exception {
        String plate = "TXC" + (1000 + new Random().nextInt(9000));
        long entry = activeEntry(plate);
        UUID camera = camera();
        UUID read = UUID.randomUUID();

        transaction.begin();
        captured.fire(capturedRead(read, camera, plate));
        transaction.commit();

        transaction.begin();
        boolean raised = alerts.exists(read, entry);
        transaction.commit();
        assertTrue(raised);
    }

    private static ReadsCaptured capturedRead(UUID read, UUID camera, String plate) {
        return new ReadsCaptured(List.of(new ReadsCaptured.Captured(read, camera, plate, "OK", Instant.now(), 36.3,
                -95.3)));
    }

    /** An approved custom entry, in the index the raiser matches against. */
    private long activeEntry(String plate) throws Exception {
        long id;
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement("""
                insert into hot_list_entry (list_id, generation, plate, state, kind, status, reason, case_number,
                                            requested_by, requested_at, decided_by, decided_at, review_due)
                values (cast(? as uuid), 0, ?, 'OK', 'STOLEN_VEHICLE', 'ACTIVE', 'in-container test', 'TX-1',
                        'officer', now(), 'supervisor', now(), current_date + 30)
                returning id""")) {
            p.setString(1, CUSTOM_LIST);
            p.setString(2, plate);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                id = r.getLong(1);
            }
        }
        matcher.rebuild();
        return id;
    }

    private UUID camera() throws Exception {
        return TestRows.camera(dataSource, "alert-transaction");
    }
}
