package org.platekeeper.shared.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Real PostgreSQL binaries run by the server itself, for a fresh machine with no database. Durable like a real
 * server (fsync, synchronous commit and full-page writes on, unlike the library's test defaults) and kept under
 * the server's own directory so the data survives restarts.
 */
final class EmbeddedDatabase implements AutoCloseable {

    static final String DATABASE_NAME = "platekeeper";
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class.getName());

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedDatabase start(Path directory, int port, String applicationRole) {
        Path data = directory.resolve("data");
        Path binaries = directory.resolve("binaries");
        try {
            Files.createDirectories(data);
            Files.createDirectories(binaries);
            Path ownerFile = directory.resolve("owner.pid");
            Optional<ProcessHandle> running = runningPostgres(data);
            if (running.isPresent()) {
                Optional<ProcessHandle> owner = owner(ownerFile);
                if (owner.isPresent() && owner.get().pid() == ProcessHandle.current().pid()) {
                    // another application in this server started it (an in-container test archive): share it
                    LOG.info(() -> "Embedded PostgreSQL is already running in this server on port " + port);
                    return new EmbeddedDatabase(null);
                }
                if (owner.isPresent()) {
                    throw new IllegalStateException("the embedded PostgreSQL in " + directory
                            + " belongs to another running server (pid " + owner.get().pid() + ")");
                }
                stopOrphan(running.get());
            }
            Files.writeString(ownerFile, Long.toString(ProcessHandle.current().pid()));
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(binaries.toFile())
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // the EAR's class loaders see the binaries jar more than once; name the one resource directly
                    .setPgBinaryResolver(EmbeddedDatabase::binaries)
                    .start();
            EmbeddedDatabase database = new EmbeddedDatabase(postgres);
            database.createDatabaseIfMissing();
            database.createRoleIfMissing(applicationRole);
            LOG.info(() -> "Embedded PostgreSQL is running on 127.0.0.1:" + port + " with data in " + data);
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + directory, e);
        }
    }

    private static java.io.InputStream binaries(String system, String machine) throws IOException {
        String name = ("/postgres-" + system + "-" + machine + ".txz").toLowerCase(java.util.Locale.ROOT);
        java.io.InputStream in = EmbeddedDatabase.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("no embedded PostgreSQL binaries " + name + " for this platform; set ALPR_DB_URL "
                    + "to use an external PostgreSQL");
        }
        return in;
    }

    /** The PostgreSQL that the pid file in the data directory names, if it is still running. */
    private static Optional<ProcessHandle> runningPostgres(Path data) throws IOException {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
    }

    /** The live server process that started the embedded database, if it is still running. */
    private static Optional<ProcessHandle> owner(Path ownerFile) throws IOException {
        if (!Files.exists(ownerFile)) {
            return Optional.empty();
        }
        String pid = Files.readString(ownerFile).trim();
        return pid.isEmpty() ? Optional.empty() : ProcessHandle.of(Long.parseLong(pid)).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false));
    }

    /** A server killed without shutting down leaves its PostgreSQL running and holding the port. */
    private static void stopOrphan(ProcessHandle orphan) {
        LOG.warning(() -> "Stopping an orphaned embedded PostgreSQL (pid " + orphan.pid() + ")");
        orphan.destroy();
        orphan.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
    }

    private void createDatabaseIfMissing() {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE_NAME + "'")) {
                if (r.next()) {
                    return;
                }
            }
            s.execute("create database " + DATABASE_NAME);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the database " + DATABASE_NAME, e);
        }
    }

    /**
     * The application's own role, which signs in without a password: the embedded database listens on loopback
     * only, and the schema's owner (the cluster's superuser) grants it what it may do after each migration.
     */
    private void createRoleIfMissing(String role) {
        if (!role.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalStateException("ALPR_DB_USER must be a plain lower-case role name for the embedded "
                    + "database, not " + role);
        }
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("select 1 from pg_roles where rolname = '" + role + "'")) {
                if (r.next()) {
                    return;
                }
            }
            s.execute("create role " + role + " login");
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the database role " + role, e);
        }
    }

    @Override
    public void close() {
        if (postgres == null) {
            return; // shared: its owner stops it
        }
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warning(() -> "Embedded PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }
}
