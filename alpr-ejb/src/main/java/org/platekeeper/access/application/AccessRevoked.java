package org.platekeeper.access.application;

/**
 * A person may no longer see what they saw: signed out, disabled, or a role taken away. Whatever streams data to
 * them (the alert push) stops once the change is committed.
 */
public record AccessRevoked(String username, String why) {
}
