package org.platekeeper.shared.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.platekeeper.shared.application.ServerSignal;
import org.platekeeper.shared.application.ServerSignals;

/**
 * Servers sharing one database tell each other of their changes with PostgreSQL's {@code NOTIFY}: sent inside the
 * changing transaction, so it is delivered at its commit and never for a rollback, in commit order. Each server keeps
 * one connection of its own that {@code LISTEN}s; when it is lost (the database restarted, the network dropped), the
 * server reconnects with a growing pause and signals {@link ServerSignal#RESYNC}, since whatever was sent meanwhile
 * did not reach it. The payload is "origin topic subject"; a server drops its own.
 */
@Singleton
@Startup
@DependsOn("DatabaseBootstrap")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class PostgresNotifications implements ServerSignals {

    static final String CHANNEL = "platekeeper_changes";
    private static final Logger LOG = Logger.getLogger(PostgresNotifications.class.getName());
    private static final int WAIT_MILLIS = 1000;
    private static final long MAX_PAUSE_MILLIS = 30_000;

    @Resource(lookup = "jdbc/platekeeper")
    DataSource dataSource;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    DatabaseSettings database;

    @Inject
    Event<ServerSignal> signals;

    private final String origin = UUID.randomUUID().toString();
    private volatile boolean running;
    private Thread listener;

    @PostConstruct
    void start() {
        running = true;
        listener = threads.newThread(this::listen);
        listener.setName("platekeeper-server-signals");
        listener.start();
    }

    @PreDestroy
    void stop() {
        running = false;
        listener.interrupt();
    }

    @Override
    public void send(String topic, String subject) {
        if (topic.isEmpty() || topic.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("a topic is one word: " + topic);
        }
        String text = subject.length() > MAX_SUBJECT ? subject.substring(0, MAX_SUBJECT) : subject;
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(
                "select pg_notify(?, ?)")) {
            p.setString(1, CHANNEL);
            p.setString(2, origin + " " + topic + " " + text);
            p.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("the change could not be announced to the other servers", e);
        }
    }

    private void listen() {
        long pause = 500;
        while (running) {
            try (Connection c = database.openDirectConnection()) {
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                pause = 500;
                deliver(new ServerSignal(ServerSignal.RESYNC, "listening"));
                PGConnection notifications = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] arrived = notifications.getNotifications(WAIT_MILLIS);
                    if (arrived != null) {
                        for (PGNotification notification : arrived) {
                            received(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException lost) {
                if (!running) {
                    return;
                }
                LOG.log(Level.WARNING, "Not hearing the other servers' changes (" + lost.getMessage()
                        + "); trying again in " + pause + " ms");
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException stopping) {
                    return;
                }
                pause = Math.min(pause * 2, MAX_PAUSE_MILLIS);
            }
        }
    }

    private void received(String payload) {
        String[] parts = payload.split(" ", 3);
        if (parts.length < 2 || parts[0].equals(origin)) {
            return;
        }
        deliver(new ServerSignal(parts[1], parts.length == 3 ? parts[2] : ""));
    }

    /** An observer that fails is logged; it never stops this server hearing the next change. */
    private void deliver(ServerSignal signal) {
        try {
            signals.fire(signal);
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "Acting on the other servers' change '" + signal.topic() + "' failed", failed);
        }
    }
}
