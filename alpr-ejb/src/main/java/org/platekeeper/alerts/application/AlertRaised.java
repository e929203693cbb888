package org.platekeeper.alerts.application;

/** Fired when an alert is raised; observed after its commit to push it to the officers' consoles. */
public record AlertRaised(AlertView alert) {
}
