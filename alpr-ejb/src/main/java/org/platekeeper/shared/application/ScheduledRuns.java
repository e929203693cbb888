package org.platekeeper.shared.application;

/**
 * Lets a timer that fires on every server sharing the database run its job on one of them: the first to claim the
 * job's slot (its day or its hour) runs it, the others skip it. A job that fails after its claim waits for its next
 * slot, which each of these jobs catches up on (the purge and the expiry take everything due by then).
 */
public interface ScheduledRuns {

    /** Whether this server has the slot: true once for each job and slot, whichever server asks. */
    boolean claim(String job, String slot);
}
