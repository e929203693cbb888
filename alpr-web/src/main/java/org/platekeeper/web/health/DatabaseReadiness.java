package org.platekeeper.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.platekeeper.shared.application.SystemStatus;

/** Ready only while the database answers: without it nothing can be stored, matched or audited. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    SystemStatus status;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("database").status(status.databaseReachable()).build();
    }
}
