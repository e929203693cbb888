package org.platekeeper.search.infrastructure;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.platekeeper.search.domain.Area;
import org.platekeeper.search.domain.FoundRead;
import org.platekeeper.search.domain.ReadFinder;
import org.platekeeper.search.domain.SearchCriteria;

/**
 * Historical search in SQL, over every read still kept: those in their day partitions and those a legal hold keeps
 * in the retained store ({@code kept_read} is the union of both). Each criterion adds one condition with its parameters; the plate conditions are written
 * so that PostgreSQL uses the index made for them: the b-tree on (plate, captured_at) for an exact plate, the one on
 * (plate_folded, captured_at) for an OCR-tolerant plate, and trigrams for a partial plate. An area is first a
 * bounding box, then the exact shape.
 */
@ApplicationScoped
public class JdbcReadFinder implements ReadFinder {

    private static final String COLUMNS = """
            r.id, r.plate, r.plate_as_read, r.state, r.captured_at, r.camera_id, c.name, r.latitude, r.longitude,
            r.confidence, r.vehicle_make, r.vehicle_colour, r.vehicle_body,
            exists (select 1 from kept_read_image i where i.read_id = r.id and i.captured_at = r.captured_at
                    and i.kind = 'PLATE'),
            exists (select 1 from kept_read_image i where i.read_id = r.id and i.captured_at = r.captured_at
                    and i.kind = 'VEHICLE')""";

    @Resource(lookup = "jdbc/platekeeper")
    DataSource dataSource;

    /** A WHERE clause and the values of its parameters, in order. */
    private record Query(String where, List<Object> parameters) {
    }

    @Override
    public List<FoundRead> find(SearchCriteria criteria, int offset, int limit) {
        Query q = where(criteria);
        String sql = "select " + COLUMNS + " from kept_read r join camera c on c.id = r.camera_id where "
                + q.where() + " order by r.captured_at desc, r.id limit ? offset ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
            int i = bind(c, p, q.parameters());
            p.setInt(i++, limit);
            p.setInt(i, offset);
            List<FoundRead> found = new ArrayList<>(limit);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    found.add(read(r));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("the search failed", e);
        }
    }

    @Override
    public long count(SearchCriteria criteria) {
        Query q = where(criteria);
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(
                "select count(*) from kept_read r where " + q.where())) {
            bind(c, p, q.parameters());
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("counting the search's results failed", e);
        }
    }

    @Override
    public List<UUID> ids(SearchCriteria criteria, int max) {
        Query q = where(criteria);
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(
                "select r.id from kept_read r where " + q.where() + " order by r.captured_at desc limit ?")) {
            int i = bind(c, p, q.parameters());
            p.setInt(i, max);
            List<UUID> ids = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getObject(1, UUID.class));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("listing the search's reads failed", e);
        }
    }

    @Override
    public boolean finds(SearchCriteria criteria, UUID readId) {
        Query q = where(criteria);
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(
                "select 1 from kept_read r where r.id = ? and " + q.where())) {
            p.setObject(1, readId);
            List<Object> parameters = q.parameters();
            int i = 2;
            for (Object value : parameters) {
                p.setObject(i++, value instanceof UUID[] ids ? c.createArrayOf("uuid", ids) : value);
            }
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("checking a read against its search failed", e);
        }
    }

    @Override
    public Optional<FoundRead> read(UUID id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement("select " + COLUMNS
                + " from kept_read r join camera c on c.id = r.camera_id where r.id = ?")) {
            p.setObject(1, id);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(read(r)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading a read failed", e);
        }
    }

    @Override
    public List<double[]> cameraPlaces(List<UUID> cameraIds) {
        if (cameraIds.isEmpty()) {
            return List.of();
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement("""
                select coalesce(d.latitude, c.latitude), coalesce(d.longitude, c.longitude) from camera c
                  left join lateral (select latitude, longitude from camera_deployment
                                      where camera_id = c.id order by deployed_at desc limit 1) d on true
                 where c.id = any (?)""")) {
            p.setArray(1, c.createArrayOf("uuid", cameraIds.toArray()));
            List<double[]> places = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    double latitude = r.getDouble(1);
                    if (!r.wasNull()) {
                        places.add(new double[] {latitude, r.getDouble(2)});
                    }
                }
            }
            return places;
        } catch (SQLException e) {
            throw new IllegalStateException("reading camera places failed", e);
        }
    }

    private static Query where(SearchCriteria s) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (s.plate() != null) {
            switch (s.plateMatch()) {
                case EXACT -> {
                    conditions.add("r.plate = ?");
                    parameters.add(s.plate());
                }
                case OCR_TOLERANT -> {
                    conditions.add("r.plate_folded = ?");
                    parameters.add(s.foldedPlate());
                }
                case PARTIAL -> {
                    conditions.add("r.plate like ?");
                    parameters.add(s.likePattern());
                }
            }
        }
        if (s.state() != null) {
            conditions.add("r.state = ?");
            parameters.add(s.state());
        }
        if (s.from() != null) {
            conditions.add("r.captured_at >= ?");
            parameters.add(Timestamp.from(s.from()));
        }
        if (s.to() != null) {
            conditions.add("r.captured_at < ?");
            parameters.add(Timestamp.from(s.to()));
        }
        if (!s.cameraIds().isEmpty()) {
            conditions.add("r.camera_id = any (?)");
            parameters.add(s.cameraIds().toArray(UUID[]::new));
        }
        vehicle(conditions, parameters, "r.vehicle_make", s.vehicleMake());
        vehicle(conditions, parameters, "r.vehicle_colour", s.vehicleColour());
        vehicle(conditions, parameters, "r.vehicle_body", s.vehicleBodyType());
        if (s.area() instanceof Area.Circle circle) {
            double dLat = circle.radiusMetres() / Area.METRES_PER_DEGREE;
            double scale = Math.cos(Math.toRadians(circle.latitude()));
            double dLon = dLat / Math.max(scale, 0.01);
            conditions.add("r.latitude between ? and ? and r.longitude between ? and ?"
                    + " and ((r.latitude - ?) ^ 2 + ((r.longitude - ?) * ?) ^ 2) <= ?");
            parameters.addAll(List.of(circle.latitude() - dLat, circle.latitude() + dLat, circle.longitude() - dLon,
                    circle.longitude() + dLon, circle.latitude(), circle.longitude(), scale, dLat * dLat));
        } else if (s.area() instanceof Area.Polygon polygon) {
            double minLat = polygon.points().stream().mapToDouble(Area.Point::latitude).min().orElseThrow();
            double maxLat = polygon.points().stream().mapToDouble(Area.Point::latitude).max().orElseThrow();
            double minLon = polygon.points().stream().mapToDouble(Area.Point::longitude).min().orElseThrow();
            double maxLon = polygon.points().stream().mapToDouble(Area.Point::longitude).max().orElseThrow();
            conditions.add("r.latitude between ? and ? and r.longitude between ? and ?"
                    + " and point(r.longitude, r.latitude) <@ ?::polygon");
            parameters.addAll(List.of(minLat, maxLat, minLon, maxLon, polygon.points().stream()
                    .map(p -> "(" + p.longitude() + "," + p.latitude() + ")")
                    .collect(Collectors.joining(",", "(", ")"))));
        }
        if (conditions.isEmpty()) {
            conditions.add("true");
        }
        return new Query(String.join(" and ", conditions), parameters);
    }

    private static void vehicle(List<String> conditions, List<Object> parameters, String column, String value) {
        if (value != null) {
            conditions.add("lower(" + column + ") = ?");
            parameters.add(value.strip().toLowerCase(Locale.ROOT));
        }
    }

    private static int bind(Connection c, PreparedStatement p, List<Object> parameters) throws SQLException {
        int i = 1;
        for (Object value : parameters) {
            if (value instanceof UUID[] ids) {
                Array array = c.createArrayOf("uuid", ids);
                p.setArray(i++, array);
            } else {
                p.setObject(i++, value);
            }
        }
        return i;
    }

    private static FoundRead read(ResultSet r) throws SQLException {
        return new FoundRead(r.getObject(1, UUID.class), r.getString(2), r.getString(3), r.getString(4),
                r.getTimestamp(5).toInstant(), r.getObject(6, UUID.class), r.getString(7),
                (Double) r.getObject(8), (Double) r.getObject(9), r.getObject(10) == null ? null : r.getFloat(10),
                r.getString(11), r.getString(12), r.getString(13), r.getBoolean(14), r.getBoolean(15));
    }
}
