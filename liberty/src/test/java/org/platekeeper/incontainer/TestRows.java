package org.platekeeper.incontainer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

/** Rows the in-container tests need beside what they test, written straight to the database. */
final class TestRows {

    private TestRows() {
    }

    /** An active fixed camera named after the test; its token hash is never used. */
    static UUID camera(DataSource dataSource, String test) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement("""
                insert into camera (id, name, type, location, latitude, longitude, status, token_hash,
                                    token_issued_at, created_at)
                values (?, ?, 'FIXED', 'Test', 36.3, -95.3, 'ACTIVE', ?, now(), now())""")) {
            p.setObject(1, id);
            p.setString(2, test + "-" + id);
            p.setString(3, id.toString().replace("-", "") + id.toString().replace("-", ""));
            p.executeUpdate();
        }
        return id;
    }
}
