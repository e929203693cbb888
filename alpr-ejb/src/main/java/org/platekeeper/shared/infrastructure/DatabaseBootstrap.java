package org.platekeeper.shared.infrastructure;

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
 * configured, then applies the Flyway migrations. The schema comes only from migrations, never from Hibernate.
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

    private EmbeddedDatabase embedded;

    @PostConstruct
    void start() {
        settings.requireDemoOnlyWhenEmbedded();
        if (settings.embedded()) {
            embedded = EmbeddedDatabase.start(settings.embeddedDirectory(), settings.embeddedPort());
        }
        MigrateResult result = Flyway.configure(DatabaseBootstrap.class.getClassLoader())
                .dataSource(dataSource)
                // Liberty's class loaders list a folder only if it holds a file: db/migration has flyway.location
                .locations("classpath:db/migration")
                .callbackLocations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database " + settings.describe() + " is at schema version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    @PreDestroy
    void stop() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
