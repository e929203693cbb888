package org.platekeeper.reporting.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.platekeeper.policy.domain.PolicyProfile;

/**
 * How long generated reports are kept: {@code ALPR_REPORT_RETENTION_DAYS}, by default as long as the audit trail
 * they summarise (the profile's audit retention).
 */
@ApplicationScoped
public class ReportRetention {

    @Inject
    PolicyProfile policy;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "ALPR_REPORT_RETENTION_DAYS")
    Optional<Integer> days;

    public int days() {
        return days.orElse(policy.auditRetentionDays());
    }

    public LocalDate today() {
        return policy.today(clock);
    }

    /** The last day a report generated today is kept. */
    public LocalDate keepUntil() {
        return policy.today(clock).plusDays(days());
    }
}
