package org.platekeeper.reads.infrastructure;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.platekeeper.reads.domain.PlateRead;
import org.platekeeper.reads.domain.ReadImage;
import org.platekeeper.reads.domain.ReadStore;
import org.platekeeper.reads.domain.StoredRead;

/**
 * Stores reads with plain JDBC in the caller's transaction: an insert that skips a read already stored (the
 * unique key camera + capture time + plate) is the one statement that makes repeated submissions harmless under
 * concurrency, which JPA cannot express.
 */
@ApplicationScoped
public class JdbcReadStore implements ReadStore {

    private static final String INSERT_READ = """
            insert into plate_read (id, camera_id, plate, plate_as_read, state, captured_at, received_at, latitude,
                                    longitude, confidence, candidates, vehicle_make, vehicle_colour, vehicle_body)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (camera_id, captured_at, plate) do nothing
            returning id""";
    private static final String EXISTING_READ =
            "select id from plate_read where camera_id = ? and captured_at = ? and plate = ?";
    private static final String INSERT_IMAGE =
            "insert into plate_read_image (read_id, captured_at, kind, jpeg) values (?, ?, ?, ?)";

    /** Images are sent in batches of this many, so the driver's copies of them never add up to a whole batch's. */
    private static final int IMAGES_PER_BATCH = 50;

    @Resource(lookup = "jdbc/platekeeper")
    DataSource dataSource;

    @Override
    public List<StoredRead> store(List<PlateRead> reads) {
        List<StoredRead> stored = new ArrayList<>(reads.size());
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement(INSERT_READ);
             PreparedStatement existing = c.prepareStatement(EXISTING_READ);
             PreparedStatement image = c.prepareStatement(INSERT_IMAGE)) {
            int batched = 0;
            for (PlateRead read : reads) {
                Timestamp capturedAt = Timestamp.from(read.capturedAt());
                bind(c, insert, read, capturedAt);
                UUID id = firstId(insert);
                if (id == null) {
                    existing.setObject(1, read.cameraId());
                    existing.setTimestamp(2, capturedAt);
                    existing.setString(3, read.plate().normalised());
                    stored.add(new StoredRead(firstId(existing), true));
                    continue;
                }
                for (ReadImage img : read.images()) {
                    image.setObject(1, id);
                    image.setTimestamp(2, capturedAt);
                    image.setString(3, img.kind().name());
                    image.setBytes(4, img.jpeg());
                    image.addBatch();
                    if (++batched % IMAGES_PER_BATCH == 0) {
                        image.executeBatch();
                    }
                }
                stored.add(new StoredRead(id, false));
            }
            image.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("storing reads failed", e);
        }
        return stored;
    }

    private static void bind(Connection c, PreparedStatement p, PlateRead read, Timestamp capturedAt)
            throws SQLException {
        p.setObject(1, read.id());
        p.setObject(2, read.cameraId());
        p.setString(3, read.plate().normalised());
        p.setString(4, read.plate().asRead());
        p.setString(5, read.state());
        p.setTimestamp(6, capturedAt);
        p.setTimestamp(7, Timestamp.from(read.receivedAt()));
        setNullable(p, 8, read.latitude(), Types.DOUBLE);
        setNullable(p, 9, read.longitude(), Types.DOUBLE);
        setNullable(p, 10, read.confidence(), Types.REAL);
        Array candidates = c.createArrayOf("varchar", read.candidates().toArray());
        p.setArray(11, candidates);
        p.setString(12, read.vehicle().make());
        p.setString(13, read.vehicle().colour());
        p.setString(14, read.vehicle().bodyType());
    }

    private static void setNullable(PreparedStatement p, int index, Object value, int type) throws SQLException {
        if (value == null) {
            p.setNull(index, type);
        } else {
            p.setObject(index, value, type);
        }
    }

    private static UUID firstId(PreparedStatement p) throws SQLException {
        try (ResultSet r = p.executeQuery()) {
            return r.next() ? r.getObject(1, UUID.class) : null;
        }
    }

    @Override
    public Optional<byte[]> image(UUID readId, Instant capturedAt, ReadImage.Kind kind) {
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(
                "select jpeg from kept_read_image where read_id = ? and captured_at = ? and kind = ?")) {
            p.setObject(1, readId);
            p.setTimestamp(2, Timestamp.from(capturedAt));
            p.setString(3, kind.name());
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(r.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading an image failed", e);
        }
    }

    @Override
    public void prepareDays(LocalDate first, LocalDate last) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement p = c.prepareStatement("select ensure_read_partitions(?, ?)")) {
            p.setObject(1, first);
            p.setObject(2, last);
            p.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("preparing read partitions failed", e);
        }
    }
}
