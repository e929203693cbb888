package org.platekeeper.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

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
import org.platekeeper.policy.domain.PolicyProfile;
import org.platekeeper.policy.domain.ShippedProfiles;
import org.platekeeper.retention.application.PurgeEngine;
import org.platekeeper.retention.application.PurgeRunView;
import org.platekeeper.retention.application.PurgeSchedule;
import org.platekeeper.retention.application.PurgeStep;
import org.platekeeper.retention.domain.PurgeRun;

/**
 * The purge from inside the server: with the Pryor Creek profile's 10 days (the system-test server itself runs
 * Odessa's 30), and stopped in the middle of a day to show that a failure leaves that day whole and held reads safe.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("In container: the purge")
class PurgeIT {

    @Deployment
    static WebArchive fromTheBuiltApplication() {
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new File(System.getProperty("platekeeper.ear")));
        WebArchive war = ShrinkWrap.create(WebArchive.class, "platekeeper-purge.war")
                .addAsLibrary(ear.getAsType(JavaArchive.class, "alpr-ejb.jar"))
                .addClasses(PurgeIT.class, Trap.class, TestRows.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        ear.getContent(path -> path.get().startsWith("/lib/")).keySet().stream().map(ArchivePath::get)
                .forEach(lib -> war.addAsLibrary(ear.getAsType(JavaArchive.class, lib)));
        return war;
    }

    /** Throws in the middle of the purge of one chosen day, while armed. */
    @ApplicationScoped
    public static class Trap {
        static volatile LocalDate armedFor;

        void onStep(@Observes PurgeStep step) {
            if (step.day().equals(armedFor)) {
                throw new IllegalStateException("power cut while purging " + step.day());
            }
        }
    }

    @Inject
    PurgeEngine engine;

    @Inject
    PurgeSchedule schedule;

    @Resource(lookup = "jdbc/platekeeper")
    DataSource dataSource;

    @Test
    @DisplayName("PC-C1 with the Pryor Creek profile, reads older than 10 days are purged, held and newer reads stay")
    void pryorCreekTenDays() throws Exception {
        PolicyProfile pryorCreek = ShippedProfiles.named("pryor-creek").orElseThrow();
        assertEquals(10, pryorCreek.readRetentionDays());
        UUID camera = camera();
        UUID old = insert(camera, daysAgo(12));
        UUID held = insert(camera, daysAgo(11));
        hold(held);
        UUID inside = insert(camera, daysAgo(9));

        PurgeRunView run = engine.run(pryorCreek, PurgeRun.Trigger.MANUAL, "in-container test");

        assertEquals(PurgeRun.Status.COMPLETED, run.status(), run.certificate());
        assertEquals(10, run.retentionDays());
        assertEquals("gone", whereIs(old));
        assertEquals("retained", whereIs(held));
        assertEquals("partition", whereIs(inside));
        assertTrue(run.digestVerifies());
    }

    @Test
    @DisplayName("OD-R5 a purge stopped in the middle of a day loses nothing held, leaves that day whole, and the next run completes")
    void stoppedMidway() throws Exception {
        PolicyProfile odessa = ShippedProfiles.named("odessa").orElseThrow();
        UUID camera = camera();
        UUID oldest = insert(camera, daysAgo(44));
        UUID stopped = insert(camera, daysAgo(42));
        UUID held = insert(camera, daysAgo(42).plusSeconds(60));
        hold(held);
        Trap.armedFor = LocalDate.ofInstant(daysAgo(42), ZoneOffset.UTC);
        PurgeRunView failed;
        try {
            failed = engine.run(odessa, PurgeRun.Trigger.MANUAL, "in-container test");
        } finally {
            Trap.armedFor = null;
        }

        assertEquals(PurgeRun.Status.FAILED, failed.status(), failed.certificate());
        assertTrue(failed.message().contains("power cut"), failed.message());
        assertEquals("gone", whereIs(oldest), "the day before the failure was purged and stays purged");
        assertEquals("partition", whereIs(stopped), "the day that failed is whole");
        assertEquals("partition", whereIs(held), "and its held read is where it was");

        PurgeRunView next = engine.run(odessa, PurgeRun.Trigger.MANUAL, "in-container test");
        assertEquals(PurgeRun.Status.COMPLETED, next.status(), next.certificate());
        assertEquals("gone", whereIs(stopped));
        assertEquals("retained", whereIs(held));
    }

    @Test
    @DisplayName("PC-C1 OD-R5 the nightly timer is a persistent calendar timer at 03:15 agency time, and what it runs purges under the active profile's retention")
    void scheduledPath() throws Exception {
        Instant next = schedule.nextRun().orElseThrow();
        java.time.ZonedDateTime local = next.atZone(java.time.ZoneId.of("America/Chicago"));
        assertEquals(3, local.getHour());
        assertEquals(15, local.getMinute());
        assertTrue(next.isBefore(Instant.now().plus(Duration.ofHours(25))), "within a day: " + next);

        UUID camera = camera();
        UUID old = insert(camera, daysAgo(33));
        UUID inside = insert(camera, daysAgo(27));
        PurgeRunView run = schedule.runScheduled();
        assertEquals(PurgeRun.Trigger.SCHEDULED, run.trigger());
        assertEquals(30, run.retentionDays(), "the active (Odessa) profile's retention, through ActivePolicy");
        assertEquals("system", run.startedBy());
        assertEquals("gone", whereIs(old));
        assertEquals("partition", whereIs(inside));
    }

    private static Instant daysAgo(int days) {
        return Instant.now().minus(Duration.ofDays(days));
    }

    private UUID camera() throws Exception {
        return TestRows.camera(dataSource, "purge-test");
    }

    private UUID insert(UUID camera, Instant at) throws Exception {
        UUID id = UUID.randomUUID();
        LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement p = c.prepareStatement("select ensure_read_partitions(?, ?)")) {
                p.setObject(1, day);
                p.setObject(2, day);
                p.execute();
            }
            try (PreparedStatement p = c.prepareStatement("""
                    insert into plate_read (id, camera_id, plate, plate_as_read, captured_at, received_at)
                    values (?, ?, 'PRG123', 'PRG123', ?, ?)""")) {
                p.setObject(1, id);
                p.setObject(2, camera);
                p.setTimestamp(3, Timestamp.from(at));
                p.setTimestamp(4, Timestamp.from(at));
                p.executeUpdate();
            }
        }
        return id;
    }

    private void hold(UUID read) throws Exception {
        UUID hold = UUID.randomUUID();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement p = c.prepareStatement("""
                    insert into legal_hold (id, case_number, legal_basis, description, status, requested_by,
                                            requested_at, decided_by, decided_at, review_date)
                    values (?, '26-9', 'COURT_ORDER', 'Court order to preserve', 'ACTIVE', 'investigator', now(),
                            'supervisor', now(), current_date + 90)""")) {
                p.setObject(1, hold);
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("insert into legal_hold_read (hold_id, read_id, captured_at)"
                    + " select ?, id, captured_at from plate_read where id = ?")) {
                p.setObject(1, hold);
                p.setObject(2, read);
                assertEquals(1, p.executeUpdate());
            }
        }
    }

    private String whereIs(UUID read) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            for (String table : new String[] {"plate_read", "retained_read"}) {
                try (PreparedStatement p = c.prepareStatement("select 1 from " + table + " where id = ?")) {
                    p.setObject(1, read);
                    try (ResultSet r = p.executeQuery()) {
                        if (r.next()) {
                            return table.equals("plate_read") ? "partition" : "retained";
                        }
                    }
                }
            }
            return "gone";
        }
    }
}
