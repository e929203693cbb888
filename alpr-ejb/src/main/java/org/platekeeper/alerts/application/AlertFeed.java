package org.platekeeper.alerts.application;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.platekeeper.access.application.AccessRevoked;
import org.platekeeper.audit.application.AuditTrail;
import org.platekeeper.audit.domain.AuditOutcome;
import org.platekeeper.audit.domain.AuditableAction;

/**
 * Hands every raised alert, once it is committed, to whoever listens: the consoles' live connections. A listener
 * that fails is dropped, never allowed to hold up the others or the read that raised the alert. When a person's
 * access is revoked (signed out, disabled, a role taken away), their connections are told to close and dropped.
 * Each push to people is an audit event.
 */
@ApplicationScoped
public class AlertFeed {

    private static final Logger LOG = Logger.getLogger(AlertFeed.class.getName());

    @Inject
    AuditTrail auditTrail;

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
        subscribers.forEach((key, subscriber) -> {
            if (subscriber.username().equals(revoked.username())) {
                unsubscribe(key);
                try {
                    subscriber.close().accept(revoked.why());
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
        Set<String> recipients = new TreeSet<>();
        listeners.forEach((key, listener) -> {
            try {
                listener.accept(raised.alert());
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
            AlertView alert = raised.alert();
            auditTrail.recordAfterCommit(AuditableAction.of("ALERT_PUSHED", "alert", alert.id() + " ("
                    + alert.plate() + ")", AuditOutcome.SUCCESS, "over the alert stream to "
                    + String.join(", ", recipients)).by("system"));
        }
    }
}
