package org.platekeeper.alerts.application;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.platekeeper.access.application.AccessRevoked;
import org.platekeeper.alerts.domain.AlertRepository;
import org.platekeeper.audit.application.AuditTrail;
import org.platekeeper.audit.domain.AuditOutcome;
import org.platekeeper.audit.domain.AuditableAction;
import org.platekeeper.cameras.domain.Camera;
import org.platekeeper.cameras.domain.CameraRepository;
import org.platekeeper.shared.application.ServerSignal;
import org.platekeeper.shared.application.ServerSignals;

/**
 * Hands every raised alert, once it is committed, to whoever listens: the consoles' live connections. A listener
 * that fails is dropped, never allowed to hold up the others or the read that raised the alert. When a person's
 * access is revoked (signed out, disabled, a role taken away), their connections are told to close and dropped.
 * Each push to people is an audit event. With several servers sharing the database, each feeds the connections it
 * holds: an alert raised on another server, and a revocation made there, arrive as {@link ServerSignal}s.
 */
@ApplicationScoped
public class AlertFeed {

    private static final Logger LOG = Logger.getLogger(AlertFeed.class.getName());

    static final String SIGNAL = "alert";
    static final String REVOKED_SIGNAL = "revoked";

    @Inject
    AuditTrail auditTrail;

    @Inject
    AlertRepository alerts;

    @Inject
    CameraRepository cameras;

    @Inject
    ServerSignals otherServers;

    private final Map<String, Consumer<AlertView>> listeners = new ConcurrentHashMap<>();
    private final Map<String, Subscriber> subscribers = new ConcurrentHashMap<>();

    /** Whose connection a listener is, and what closes it. */
    private record Subscriber(String username, Consumer<String> close) {
    }

    public void subscribe(String key, Consumer<AlertView> listener) {
        listeners.put(key, listener);
    }

    /** A person's connection: it hears alerts until it closes or their access is revoked. */
    public void subscribe(String key, String username, Consumer<AlertView> listener, Consumer<String> close) {
        subscribers.put(key, new Subscriber(username, close));
        listeners.put(key, listener);
    }

    public void unsubscribe(String key) {
        listeners.remove(key);
        subscribers.remove(key);
    }

    void onRevoked(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccessRevoked revoked) {
        close(revoked.username(), revoked.why());
    }

    /** The other servers close the person's connections too, once the revocation commits. */
    void announce(@Observes(during = TransactionPhase.IN_PROGRESS) AccessRevoked revoked) {
        otherServers.send(REVOKED_SIGNAL, revoked.username() + "\n" + revoked.why());
    }

    /** An alert raised, or access revoked, on another server. */
    @Transactional
    void onSignal(@Observes ServerSignal signal) {
        if (signal.is(SIGNAL)) {
            alertOf(signal.subject()).ifPresent(this::deliver);
        } else if (signal.is(REVOKED_SIGNAL)) {
            String[] revoked = signal.subject().split("\n", 2);
            close(revoked[0], revoked.length == 2 ? revoked[1] : "access revoked");
        }
    }

    private Optional<AlertView> alertOf(String id) {
        try {
            return alerts.find(UUID.fromString(id)).map(alert -> AlertView.of(alert,
                    cameras.find(alert.cameraId()).map(Camera::name).orElse(null)));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private void close(String username, String why) {
        subscribers.forEach((key, subscriber) -> {
            if (subscriber.username().equals(username)) {
                unsubscribe(key);
                try {
                    subscriber.close().accept(why);
                } catch (RuntimeException failed) {
                    LOG.log(Level.FINE, "Closing alert listener " + key, failed);
                }
            }
        });
    }

    public int listening() {
        return listeners.size();
    }

    /**
     * Delivers first, so the audit write never delays a push; then records who was sent the plate (AU-2), one
     * event per alert naming every person whose connection took it.
     */
    void onRaised(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlertRaised raised) {
        deliver(raised.alert());
    }

    private void deliver(AlertView alert) {
        Set<String> recipients = new TreeSet<>();
        listeners.forEach((key, listener) -> {
            try {
                listener.accept(alert);
                Subscriber subscriber = subscribers.get(key);
                if (subscriber != null) {
                    recipients.add(subscriber.username());
                }
            } catch (RuntimeException failed) {
                LOG.log(Level.FINE, "Dropping alert listener " + key, failed);
                unsubscribe(key);
            }
        });
        if (!recipients.isEmpty()) {
            auditTrail.recordAfterCommit(AuditableAction.of("ALERT_PUSHED", "alert", alert.id() + " ("
                    + alert.plate() + ")", AuditOutcome.SUCCESS, "over the alert stream to "
                    + String.join(", ", recipients)).by("system"));
        }
    }
}
