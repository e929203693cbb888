package org.platekeeper.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Direct access to the server's database, for tests that play a person with database rights who tampers with
 * rows behind the application's back. The same variables choose the database as for the server.
 */
public final class Database {

    private Database() {
    }

    public static Connection connect() throws SQLException {
        String url = System.getenv("ALPR_DB_URL");
        if (url == null || url.isBlank()) {
            url = "jdbc:postgresql://127.0.0.1:" + System.getProperty("platekeeper.embedded-db.port", "15433")
                    + "/platekeeper";
        }
        String user = System.getenv().getOrDefault("ALPR_DB_USER", "postgres");
        String password = System.getenv().getOrDefault("ALPR_DB_PASSWORD", "");
        return DriverManager.getConnection(url, user, password);
    }
}
