package org.platekeeper.records.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.platekeeper.policy.domain.PolicyProfile;
import org.platekeeper.records.domain.TransparencyQueries;
import org.platekeeper.search.domain.PurposeCode;

/**
 * The figures of the public transparency page (OD-T1), computed from the live data, never entered by hand, and kept
 * for {@code ALPR_TRANSPARENCY_CACHE_SECONDS} so that the page costs the database nothing under load. Open to
 * anyone: it holds no plate, person or place below the camera's type.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // two requests may both refresh: harmless, and never blocked
public class Transparency {

    public static final int WINDOW_DAYS = 30;
    public static final List<String> PROHIBITED_USES = List.of(
            "tracking religious, political or other constitutionally protected activity, assembly or speech",
            "targeting anyone by race, religion, politics or another protected class",
            "personal, commercial or political use; harassment",
            "automated traffic citations or speed enforcement (no speed is stored)",
            "giving data to anyone but law-enforcement and prosecutorial agencies under an agreement, or as the law "
                    + "requires");

    @Inject
    TransparencyQueries queries;

    @Inject
    PolicyProfile policy;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "ALPR_TRANSPARENCY_CACHE_SECONDS", defaultValue = "60")
    long cacheSeconds;

    private volatile TransparencyView cached;

    public TransparencyView now() {
        Instant now = Instant.now(clock);
        TransparencyView current = cached;
        if (current != null && current.computedAt().plus(Duration.ofSeconds(cacheSeconds)).isAfter(now)) {
            return current;
        }
        current = new TransparencyView(policy.agency(), policy.policyTitle(), policy.name(),
                policy.readRetentionDays(), policy.auditRetentionDays(), policy.hotListReviewDays(),
                policy.recordsStatute(), Arrays.stream(PurposeCode.values()).map(Transparency::label).toList(),
                PROHIBITED_USES, WINDOW_DAYS, queries.between(now.minus(Duration.ofDays(WINDOW_DAYS)),
                now, policy.today(clock)), now);
        cached = current;
        return current;
    }

    /** STOLEN_VEHICLE as "Stolen vehicle", AMBER_ALERT as "AMBER alert". */
    public static String label(PurposeCode code) {
        String words = code.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        for (String alert : List.of("amber", "silver", "blue")) {
            if (words.startsWith(alert + " ")) {
                return alert.toUpperCase(Locale.ROOT) + words.substring(alert.length());
            }
        }
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
