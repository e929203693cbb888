package org.platekeeper.shared.application;

/**
 * Tells the other servers sharing the database about a change, as part of the caller's transaction: they hear of
 * it when, and only if, it commits; each of them then fires a {@link ServerSignal}. A server never hears its own.
 */
public interface ServerSignals {

    /** Topics are single words; the subject is free text of at most {@value #MAX_SUBJECT} characters. */
    int MAX_SUBJECT = 2000;

    void send(String topic, String subject);
}
