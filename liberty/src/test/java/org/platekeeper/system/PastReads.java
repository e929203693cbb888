package org.platekeeper.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Reads placed in the past straight into the database, as if cameras had sent them weeks ago: ingest itself refuses
 * reads older than retention, which is what a purge test needs.
 */
final class PastReads {

    /** The smallest JPEG a viewer opens: enough to be an image that must be purged with its read. */
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1,
            1, 0, 0, 1, 0, 1, 0, 0, (byte) 0xFF, (byte) 0xD9};

    private PastReads() {
    }

    /** Stores a read with a plate image at the instant; answers its id. */
    static UUID insert(String cameraId, String plate, Instant capturedAt) throws SQLException {
        UUID id = UUID.randomUUID();
        LocalDate day = LocalDate.ofInstant(capturedAt, ZoneOffset.UTC);
        try (Connection c = Database.connect()) {
            try (PreparedStatement p = c.prepareStatement("select ensure_read_partitions(?, ?)")) {
                p.setObject(1, day);
                p.setObject(2, day);
                p.execute();
            }
            try (PreparedStatement p = c.prepareStatement("""
                    insert into plate_read (id, camera_id, plate, plate_as_read, state, captured_at, received_at,
                                            latitude, longitude)
                    values (?, ?::uuid, ?, ?, 'MO', ?, ?, 36.31, -95.31)""")) {
                p.setObject(1, id);
                p.setString(2, cameraId);
                p.setString(3, plate);
                p.setString(4, plate);
                p.setTimestamp(5, Timestamp.from(capturedAt));
                p.setTimestamp(6, Timestamp.from(capturedAt));
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement(
                    "insert into plate_read_image (read_id, captured_at, kind, jpeg) values (?, ?, 'PLATE', ?)")) {
                p.setObject(1, id);
                p.setTimestamp(2, Timestamp.from(capturedAt));
                p.setBytes(3, JPEG);
                p.executeUpdate();
            }
        }
        return id;
    }

    /** An alert raised by the read, on the custom list. */
    static void alertFor(UUID readId, String cameraId, String plate, Instant capturedAt) throws SQLException {
        try (Connection c = Database.connect(); PreparedStatement p = c.prepareStatement("""
                insert into alert (id, read_id, read_captured_at, camera_id, plate, state, match_type, entry_id,
                                   list_id, list_name, kind, priority, entry_plate, status, raised_at)
                values (?, ?, ?, ?::uuid, ?, 'MO', 'EXACT', -1, '018f0000-0000-7000-8000-000000000001',
                        'Custom entries', 'CUSTOM', 'NORMAL', ?, 'RAISED', ?)""")) {
            p.setObject(1, UUID.randomUUID());
            p.setObject(2, readId);
            p.setTimestamp(3, Timestamp.from(capturedAt));
            p.setString(4, cameraId);
            p.setString(5, plate);
            p.setString(6, plate);
            p.setTimestamp(7, Timestamp.from(capturedAt));
            p.executeUpdate();
        }
    }

    /** Where the read is now: "partition", "retained" or "gone". */
    static String whereIs(UUID readId) throws SQLException {
        try (Connection c = Database.connect()) {
            if (exists(c, "select 1 from plate_read where id = ?", readId)) {
                return "partition";
            }
            return exists(c, "select 1 from retained_read where id = ?", readId) ? "retained" : "gone";
        }
    }

    static int images(UUID readId) throws SQLException {
        try (Connection c = Database.connect(); PreparedStatement p = c.prepareStatement(
                "select count(*) from kept_read_image where read_id = ?")) {
            p.setObject(1, readId);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    static int alerts(UUID readId) throws SQLException {
        try (Connection c = Database.connect(); PreparedStatement p = c.prepareStatement(
                "select count(*) from alert where read_id = ?")) {
            p.setObject(1, readId);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private static boolean exists(Connection c, String sql, UUID id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setObject(1, id);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }
}
