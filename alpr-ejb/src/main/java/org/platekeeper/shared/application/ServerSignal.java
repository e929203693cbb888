package org.platekeeper.shared.application;

/**
 * A change that another server sharing the database has committed (a hot list changed, an alert was raised,
 * someone's access revoked), fired on this server so it can bring its memory in line. {@link #RESYNC} says that
 * this server may have missed some (it has just started listening, or its connection was lost): whatever keeps a
 * copy of the database reloads it.
 */
public record ServerSignal(String topic, String subject) {

    public static final String RESYNC = "resync";

    public boolean is(String wanted) {
        return topic.equals(wanted);
    }

    public boolean isOrResync(String wanted) {
        return is(wanted) || is(RESYNC);
    }
}
