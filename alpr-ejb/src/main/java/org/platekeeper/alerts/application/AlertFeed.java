package org.platekeeper.alerts.application;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Hands every raised alert, once it is committed, to whoever listens: the consoles' live connections. A listener
 * that fails is dropped, never allowed to hold up the others or the read that raised the alert.
 */
@ApplicationScoped
public class AlertFeed {

    private static final Logger LOG = Logger.getLogger(AlertFeed.class.getName());

    private final Map<String, Consumer<AlertView>> listeners = new ConcurrentHashMap<>();

    public void subscribe(String key, Consumer<AlertView> listener) {
        listeners.put(key, listener);
    }

    public void unsubscribe(String key) {
        listeners.remove(key);
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
                listeners.remove(key);
            }
        });
    }
}
