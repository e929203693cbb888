package org.platekeeper.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Direct access to the server's database, for tests that play a person with database rights who tampers with
 * rows behind the application's back. The same variables choose the database as for the server.
 */
public final class Database {

    private Database() {
    }

    /** As the schema's owner, who can do anything the tables' triggers allow. */
    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), System.getenv().getOrDefault("ALPR_DB_OWNER_USER", "postgres"),
                System.getenv().getOrDefault("ALPR_DB_OWNER_PASSWORD", ""));
    }

    /** As the role the server itself signs in with. */
    public static Connection connectAsApplication() throws SQLException {
        return DriverManager.getConnection(url(), applicationRole(),
                System.getenv().getOrDefault("ALPR_DB_PASSWORD", ""));
    }

    public static String applicationRole() {
        return System.getenv().getOrDefault("ALPR_DB_USER", "platekeeper_app");
    }

    /** The first column of every row the query answers, its {@code ?} bound to these values in order. */
    public static List<String> column(String sql, Object... parameters) throws SQLException {
        try (Connection c = connect(); PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                p.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    values.add(r.getString(1));
                }
            }
            return values;
        }
    }

    private static String url() {
        String url = System.getenv("ALPR_DB_URL");
        if (url == null || url.isBlank()) {
            url = "jdbc:postgresql://127.0.0.1:" + System.getProperty("platekeeper.embedded-db.port", "15433")
                    + "/platekeeper";
        }
        return url;
    }
}
