package org.platekeeper.alerts.application;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.platekeeper.access.application.AccessRevoked;

/**
 * Hands every raised alert, once it is committed, to whoever listens: the consoles' live connections. A listener
 * that fails is dropped, never allowed to hold up the others or the read that raised the alert. When a person's
 * access is revoked (signed out, disabled, a role taken away), their connections are told to close and dropped.
 */
@ApplicationScoped
public class AlertFeed {

    private static final Logger LOG = Logger.getLogger(AlertFeed.class.getName());

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

    void onRaised(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlertRaised raised) {
        listeners.forEach((key, listener) -> {
            try {
                listener.accept(raised.alert());
            } catch (RuntimeException failed) {
                LOG.log(Level.FINE, "Dropping alert listener " + key, failed);
                unsubscribe(key);
            }
        });
    }
}
