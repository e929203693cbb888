package org.platekeeper.shared.infrastructure;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which database the server uses. The server's data source and this class read the same variables (server.xml
 * declares their defaults), so the embedded database is the one at the embedded address, and any other
 * {@code ALPR_DB_URL} is an external PostgreSQL.
 */
@ApplicationScoped
public class DatabaseSettings {

    @Inject
    @ConfigProperty(name = "ALPR_DB_URL")
    String url;

    @Inject
    @ConfigProperty(name = "ALPR_DB_USER")
    String applicationUser;

    @Inject
    @ConfigProperty(name = "ALPR_DB_PASSWORD")
    Optional<String> applicationPassword;

    @Inject
    @ConfigProperty(name = "ALPR_EMBEDDED_DB_PORT", defaultValue = "15432")
    int embeddedPort;

    @Inject
    @ConfigProperty(name = "ALPR_EMBEDDED_DB_DIR")
    String embeddedDirectory;

    @Inject
    @ConfigProperty(name = "ALPR_DEMO", defaultValue = "false")
    boolean demo;

    public static String embeddedUrl(int port) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + EmbeddedDatabase.DATABASE_NAME;
    }

    public boolean embedded() {
        return embeddedUrl(embeddedPort).equals(url);
    }

    /** The role the application signs in as; the embedded database creates it on first start. */
    public String applicationUser() {
        return applicationUser;
    }

    /**
     * A connection of its own, outside the pool and any transaction, as the application's role: for a session that
     * lives as long as the server (LISTEN), which a pooled connection must not. Opened with the driver the
     * application ships, whose PostgreSQL extensions (notifications) the pool's wrapped connections do not expose.
     */
    public Connection openDirectConnection() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", applicationUser);
        applicationPassword.ifPresent(password -> properties.setProperty("password", password));
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("ApplicationName", "platekeeper-signals");
        Connection connection = new org.postgresql.Driver().connect(url, properties);
        if (connection == null) {
            throw new SQLException("not a PostgreSQL address: " + describe());
        }
        return connection;
    }

    public int embeddedPort() {
        return embeddedPort;
    }

    public Path embeddedDirectory() {
        return Path.of(embeddedDirectory);
    }

    public boolean demo() {
        return demo;
    }

    /** Demo users have published passwords: they may only ever live in the embedded database. */
    public void requireDemoOnlyWhenEmbedded() {
        if (demo && !embedded()) {
            throw new IllegalStateException("ALPR_DEMO=true seeds users with known passwords and is refused against "
                    + "an external database (" + describe() + "); unset ALPR_DEMO or ALPR_DB_URL");
        }
    }

    /** The address without credentials or parameters, safe to log. */
    public String describe() {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
