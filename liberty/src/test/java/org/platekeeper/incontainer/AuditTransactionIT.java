package org.platekeeper.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.platekeeper.access.application.SignInService;
import org.platekeeper.audit.domain.AuditChainHead;
import org.platekeeper.audit.domain.AuditEvent;
import org.platekeeper.audit.domain.AuditEventRepository;
import org.platekeeper.audit.domain.AuditOutcome;
import org.platekeeper.audit.domain.AuditableAction;
import org.platekeeper.audit.domain.ChainKeyStore;
import org.platekeeper.audit.domain.ChainVerifier;

/**
 * Transactions seen from inside the server: the audit trail's promise that an event and the action it records
 * commit or roll back together. The archive is the real EJB module and libraries taken from the built EAR.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("In container: audit events and transactions")
class AuditTransactionIT {

    @Deployment
    static WebArchive fromTheBuiltApplication() {
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new File(System.getProperty("platekeeper.ear")));
        WebArchive war = ShrinkWrap.create(WebArchive.class, "platekeeper-in-container.war")
                .addAsLibrary(ear.getAsType(JavaArchive.class, "alpr-ejb.jar"))
                .addClass(AuditTransactionIT.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        ear.getContent(path -> path.get().startsWith("/lib/")).keySet().stream().map(ArchivePath::get)
                .forEach(lib -> war.addAsLibrary(ear.getAsType(JavaArchive.class, lib)));
        return war;
    }

    @Inject
    Event<AuditableAction> audit;

    @Inject
    AuditEventRepository events;

    @Inject
    ChainKeyStore keys;

    @Inject
    SignInService signIn;

    @Inject
    UserTransaction transaction;

    @Resource(lookup = "jdbc/platekeeper")
    DataSource dataSource;

    @Test
    @DisplayName("OD-R4 an audit event rolls back with the action it records, and the chain stays intact")
    void rolledBackWithTheAction() throws Exception {
        long before = lastSequence();

        transaction.begin();
        audit.fire(AuditableAction.of("IN_CONTAINER_CHECK", "test", "rolled-back", AuditOutcome.SUCCESS, null));
        long during = events.head().lastSequence();
        transaction.rollback();

        assertEquals(before + 1, during, "the event was appended inside the transaction");
        assertEquals(before, lastSequence(), "and is gone with its rollback");
        assertTrue(chainIntact());
    }

    @Test
    @DisplayName("OD-R4 an audit event commits with the action it records, linked to its predecessor")
    void committedWithTheAction() throws Exception {
        long before = lastSequence();

        transaction.begin();
        audit.fire(AuditableAction.of("IN_CONTAINER_CHECK", "test", "committed", AuditOutcome.SUCCESS, null));
        transaction.commit();

        transaction.begin();
        List<AuditEvent> appended = events.between(before, before + 1, 10);
        transaction.commit();
        assertEquals(1, appended.size());
        assertEquals("IN_CONTAINER_CHECK", appended.get(0).action());
        assertEquals("committed", appended.get(0).objectId());
        assertEquals("system", appended.get(0).actor(), "no signed-in caller");
        assertTrue(chainIntact());
    }

    @Test
    @DisplayName("OD-R4 a failed sign-in is recorded in its own transaction even though it changes nothing else")
    void failedSignInAudited() throws Exception {
        long before = lastSequence();
        assertFalse(signIn.signIn("nobody-by-this-name", "wrong-password".toCharArray(), "test").signedIn());
        transaction.begin();
        List<AuditEvent> appended = events.between(before, before + 1, 10);
        transaction.commit();
        assertEquals(1, appended.size());
        assertEquals("SIGN_IN", appended.get(0).action());
        assertEquals(AuditOutcome.FAILURE, appended.get(0).outcome());
        assertEquals("nobody-by-this-name", appended.get(0).actor());
    }

    @Test
    @DisplayName("OD-R4 a write PostgreSQL refuses leaves the row's plate out of the exception and the server log, though the error says what was wrong")
    void refusedWriteKeepsPlateOutOfLog() throws Exception {
        String plate = "LEAK" + (1000 + new Random().nextInt(9000));
        String messages;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("create temporary table refused_write (plate text check (plate = ''))");
            try (PreparedStatement p = c.prepareStatement("insert into refused_write values (?)")) {
                p.setString(1, plate);
                p.addBatch(); // batches, as Hibernate writes, quote the statement with its values in their error
                SQLException refused = assertThrows(
                        SQLException.class, p::executeBatch);
                Logger.getLogger(AuditTransactionIT.class.getName())
                        .log(Level.SEVERE, "refused as expected", refused);
                StringBuilder chain = new StringBuilder();
                for (Throwable t = refused; t != null; t = t.getCause() != null ? t.getCause()
                        : t instanceof SQLException e ? e.getNextException() : null) {
                    chain.append(t.getMessage()).append('\n');
                }
                messages = chain.toString();
            }
        }
        assertTrue(messages.contains("refused_write_plate_check"), messages);
        assertFalse(messages.contains(plate), messages);
        Path log = Path.of(System.getProperty("server.output.dir"), "logs",
                "messages.log");
        assertFalse(Files.readString(log).contains(plate), "the plate is in " + log);
    }

    private long lastSequence() throws Exception {
        transaction.begin();
        try {
            return events.head().lastSequence();
        } finally {
            transaction.commit();
        }
    }

    private boolean chainIntact() throws Exception {
        transaction.begin();
        try {
            AuditChainHead head = events.head();
            ChainVerifier verifier = new ChainVerifier(head, keys.keyring(head.lastSequence() + 1));
            events.between(head.anchorSequence(), head.lastSequence(), Integer.MAX_VALUE).forEach(verifier::accept);
            return verifier.finish().intact();
        } finally {
            transaction.commit();
        }
    }
}
