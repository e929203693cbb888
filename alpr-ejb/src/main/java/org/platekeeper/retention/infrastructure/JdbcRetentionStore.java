package org.platekeeper.retention.infrastructure;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.platekeeper.retention.domain.DayPurged;
import org.platekeeper.retention.domain.RetentionStore;
import org.platekeeper.shared.domain.SpreadsheetSafe;

/**
 * Retention in SQL, in the caller's transaction. A day's partition is dropped whole once every read in it is past
 * retention; held reads are copied to the retained store first, in the same transaction, so a failure at any point
 * leaves the day as it was.
 */
@ApplicationScoped
public class JdbcRetentionStore implements RetentionStore {

    private static final DateTimeFormatter PARTITION_DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final String READ_COLUMNS = "id, camera_id, plate, plate_as_read, state, captured_at, received_at,"
            + " latitude, longitude, confidence, candidates, vehicle_make, vehicle_colour, vehicle_body";
    private static final String HELD = "exists (select 1 from legal_hold_read h join legal_hold l on l.id = h.hold_id"
            + " where h.read_id = %s and l.status in ('REQUESTED', 'ACTIVE'))";

    @Resource(lookup = "jdbc/platekeeper")
    DataSource dataSource;

    @Override
    public List<LocalDate> daysBefore(Instant cutoff) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement p = c.prepareStatement("select day from read_partitions_before(?)")) {
            p.setTimestamp(1, Timestamp.from(cutoff));
            List<LocalDate> days = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    days.add(r.getObject(1, LocalDate.class));
                }
            }
            return days;
        } catch (SQLException e) {
            throw new IllegalStateException("listing read partitions failed", e);
        }
    }

    @Override
    public DayPurged purgeDay(LocalDate day, Instant cutoff, Runnable beforeDrop) {
        String reads = "plate_read_" + PARTITION_DAY.format(day);
        String images = "plate_read_image_" + PARTITION_DAY.format(day);
        Instant start = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        boolean whole = !end.isAfter(cutoff);
        Timestamp until = Timestamp.from(whole ? end : cutoff);
        try (Connection c = dataSource.getConnection()) {
            long moved = update(c, "insert into retained_read (" + READ_COLUMNS + ") select " + READ_COLUMNS
                    + " from " + reads + " r where r.captured_at < ? and " + HELD.formatted("r.id")
                    + " on conflict (id) do nothing", until);
            long movedImages = update(c, "insert into retained_read_image select i.* from " + images
                    + " i where i.captured_at < ? and " + HELD.formatted("i.read_id") + " on conflict do nothing",
                    until);
            long readCount = count(c, "select count(*) from " + reads + " where captured_at < ?", until);
            long imageCount = count(c, "select count(*) from " + images + " where captured_at < ?", until);
            long alerts = update(c, "delete from alert a where a.read_captured_at >= ? and a.read_captured_at < ?"
                    + " and not " + HELD.formatted("a.read_id"), Timestamp.from(start), until);
            beforeDrop.run();
            if (whole) {
                // as the schema's owner: the application's database role owns no table it could drop
                try (PreparedStatement drop = c.prepareStatement("select drop_read_day(?)")) {
                    drop.setObject(1, day);
                    drop.execute();
                }
            } else {
                update(c, "delete from " + images + " where captured_at < ?", until);
                update(c, "delete from " + reads + " where captured_at < ?", until);
            }
            return new DayPurged(day, readCount - moved, imageCount - movedImages, alerts, moved, whole);
        } catch (SQLException e) {
            throw new IllegalStateException("purging " + day + " failed", e);
        }
    }

    @Override
    public long[] purgeReleased(Instant cutoff) {
        Timestamp until = Timestamp.from(cutoff);
        try (Connection c = dataSource.getConnection()) {
            long images = update(c, "delete from retained_read_image i where i.captured_at < ? and not "
                    + HELD.formatted("i.read_id"), until);
            update(c, "delete from alert a where a.read_captured_at < ? and not " + HELD.formatted("a.read_id"),
                    until);
            long reads = update(c, "delete from retained_read r where r.captured_at < ? and not "
                    + HELD.formatted("r.id"), until);
            return new long[] {reads, images};
        } catch (SQLException e) {
            throw new IllegalStateException("purging released reads failed", e);
        }
    }

    @Override
    public long[] removePlateData(Instant cutoff) {
        Timestamp until = Timestamp.from(cutoff);
        try (Connection c = dataSource.getConnection()) {
            // the justification (case, CAD event, file, purpose code) stays for the auditor; what was searched goes
            long searches = update(c, """
                    update historical_search set criteria = '{}', criteria_summary = '%s', sensitive_locations = null,
                           narrative = case when narrative is null then null else '%s' end, redacted_at = now()
                     where created_at < ? and redacted_at is null""".formatted(REMOVED, REMOVED), until);
            long disclosures = update(c, "update dissemination set plate = null where at < ? and plate is not null",
                    until);
            long deliveries = update(c, "delete from partner_delivery where created_at < ?", until);
            return new long[] {searches, disclosures, deliveries};
        } catch (SQLException e) {
            throw new IllegalStateException("removing plate data past retention failed", e);
        }
    }

    /** What a search's criteria and narrative read once the read retention has passed; long enough for OD-U3's check. */
    static final String REMOVED = "(removed after the read retention period)";

    @Override
    public List<HeldRead> keptReads(List<UUID> readIds) {
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(
                "select id, captured_at from kept_read where id = any (?)")) {
            p.setArray(1, c.createArrayOf("uuid", readIds.toArray()));
            return held(p);
        } catch (SQLException e) {
            throw new IllegalStateException("reading reads failed", e);
        }
    }

    @Override
    public void hold(UUID holdId, List<HeldRead> reads) {
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(
                "insert into legal_hold_read (hold_id, read_id, captured_at) values (?, ?, ?) on conflict do nothing")) {
            for (HeldRead read : reads) {
                p.setObject(1, holdId);
                p.setObject(2, read.readId());
                p.setTimestamp(3, Timestamp.from(read.capturedAt()));
                p.addBatch();
            }
            p.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("recording held reads failed", e);
        }
    }

    @Override
    public List<HeldRead> readsOf(UUID holdId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(
                "select read_id, captured_at from legal_hold_read where hold_id = ? order by captured_at, read_id")) {
            p.setObject(1, holdId);
            return held(p);
        } catch (SQLException e) {
            throw new IllegalStateException("reading a hold's reads failed", e);
        }
    }

    @Override
    public void writeMetadata(List<UUID> readIds, boolean csv, OutputStream out) {
        String sql = """
                select r.id, r.plate, r.plate_as_read, r.state, r.captured_at, r.received_at, c.name, c.type,
                       r.latitude, r.longitude, r.confidence, r.vehicle_make, r.vehicle_colour, r.vehicle_body
                  from kept_read r join camera c on c.id = r.camera_id
                 where r.id = any (?) order by r.captured_at, r.id""";
        String[] names = {"id", "plate", "plateAsRead", "state", "capturedAt", "receivedAt", "camera", "cameraType",
                "latitude", "longitude", "confidence", "vehicleMake", "vehicleColour", "vehicleBodyType"};
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
            p.setArray(1, c.createArrayOf("uuid", readIds.toArray()));
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (ResultSet r = p.executeQuery()) {
                if (csv) {
                    CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(names).get());
                    while (r.next()) {
                        List<Object> row = new ArrayList<>();
                        for (int i = 1; i <= names.length; i++) {
                            row.add(SpreadsheetSafe.cell(value(r, i)));
                        }
                        printer.printRecord(row);
                    }
                    printer.flush();
                } else {
                    JsonGenerator json = Json.createGenerator(writer);
                    json.writeStartArray();
                    while (r.next()) {
                        json.writeStartObject();
                        for (int i = 1; i <= names.length; i++) {
                            Object value = value(r, i);
                            if (value == null) {
                                json.writeNull(names[i - 1]);
                            } else if (value instanceof Number number) {
                                json.write(names[i - 1], number.doubleValue());
                            } else {
                                json.write(names[i - 1], value.toString());
                            }
                        }
                        json.writeEnd();
                    }
                    json.writeEnd();
                    json.flush();
                }
            }
            writer.flush();
        } catch (SQLException e) {
            throw new IllegalStateException("writing read metadata failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public byte[] image(UUID readId, Instant capturedAt, String kind) {
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(
                "select jpeg from kept_read_image where read_id = ? and captured_at = ? and kind = ?")) {
            p.setObject(1, readId);
            p.setTimestamp(2, Timestamp.from(capturedAt));
            p.setString(3, kind);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getBytes(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading an image failed", e);
        }
    }

    private static Object value(ResultSet r, int column) throws SQLException {
        Object value = r.getObject(column);
        if (value instanceof Timestamp t) {
            return t.toInstant().toString();
        }
        return value;
    }

    private static List<HeldRead> held(PreparedStatement p) throws SQLException {
        List<HeldRead> reads = new ArrayList<>();
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                reads.add(new HeldRead(r.getObject(1, UUID.class), r.getTimestamp(2).toInstant()));
            }
        }
        return reads;
    }

    private static long update(Connection c, String sql, Timestamp... parameters) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                p.setTimestamp(i + 1, parameters[i]);
            }
            return p.executeUpdate();
        }
    }

    private static long count(Connection c, String sql, Timestamp parameter) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setTimestamp(1, parameter);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
