package org.platekeeper.shared.infrastructure;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database up before anything else runs: starts the embedded PostgreSQL when no external one is
 * configured, then applies the Flyway migrations as the schema's owner ({@code ALPR_DB_OWNER_USER}) and grants the
 * application's own role ({@code ALPR_DB_USER}) what it needs and no more. The schema comes only from migrations,
 * never from Hibernate.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN) // Flyway commits its own steps
public class DatabaseBootstrap {

    private static final Logger LOG = Logger.getLogger(DatabaseBootstrap.class.getName());

    @Inject
    DatabaseSettings settings;

    @Resource(lookup = "jdbc/platekeeper")
    DataSource dataSource;

    /** The owner's connection, not pooled, used for nothing but migrating. */
    @Resource(lookup = "jdbc/platekeeper-owner")
    DataSource ownerDataSource;

    private EmbeddedDatabase embedded;

    @PostConstruct
    void start() {
        settings.requireDemoOnlyWhenEmbedded();
        if (settings.embedded()) {
            embedded = EmbeddedDatabase.start(settings.embeddedDirectory(), settings.embeddedPort(),
                    settings.applicationUser());
        }
        String applicationRole = applicationRole();
        MigrateResult result = Flyway.configure(DatabaseBootstrap.class.getClassLoader())
                .dataSource(ownerDataSource)
                .placeholders(Map.of("application_role", applicationRole))
                // Liberty's class loaders list a folder only if it holds a file: db/migration has flyway.location
                .locations("classpath:db/migration")
                .callbackLocations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database " + settings.describe() + " is at schema version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now); the application connects as "
                + applicationRole);
    }

    /** The role the application's data source signs in as, asked of the database itself. */
    private String applicationRole() {
        try (Connection c = dataSource.getConnection();
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select current_user")) {
            r.next();
            return r.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("the application's database role (ALPR_DB_USER) cannot connect to "
                    + settings.describe() + ": " + e.getMessage(), e);
        }
    }

    @PreDestroy
    void stop() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
