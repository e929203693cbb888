package org.platekeeper.policy.application;

import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.platekeeper.policy.domain.PolicyProfile;
import org.platekeeper.policy.domain.PolicyThresholds;
import org.platekeeper.policy.domain.ShippedProfiles;

/**
 * The policy profile this deployment enforces: {@code ALPR_POLICY_PROFILE} names a shipped profile, and individual
 * numbers may be overridden for an agency whose policy differs (a "custom" profile keeps the shipped base name).
 */
@ApplicationScoped
public class ActivePolicy {

    @Inject
    @ConfigProperty(name = "ALPR_POLICY_PROFILE", defaultValue = ShippedProfiles.DEFAULT)
    String profileName;

    @Inject
    @ConfigProperty(name = "ALPR_READ_RETENTION_DAYS")
    Optional<Integer> readRetentionDays;

    @Inject
    @ConfigProperty(name = "ALPR_AUDIT_RETENTION_DAYS")
    Optional<Integer> auditRetentionDays;

    @Inject
    @ConfigProperty(name = "ALPR_HOTLIST_REVIEW_DAYS")
    Optional<Integer> hotListReviewDays;

    @Inject
    @ConfigProperty(name = "ALPR_SHARING_WITHIN_STATE_ONLY")
    Optional<Boolean> sharingWithinStateOnly;

    @Inject
    @ConfigProperty(name = "ALPR_RECORDS_RESPONSE_DAYS")
    Optional<Integer> recordsResponseDays;

    /** The agency's case-number format, e.g. {@code \d{4}-\d{6}}: justifying case numbers must match it. */
    @Inject
    @ConfigProperty(name = "ALPR_CASE_NUMBER_PATTERN")
    Optional<String> caseNumberPattern;

    @Inject
    @ConfigProperty(name = "ALPR_HOLD_DECISION_DAYS")
    Optional<Integer> holdDecisionDays;

    @Inject
    @ConfigProperty(name = "ALPR_SEARCH_NARRATIVE_MIN")
    Optional<Integer> searchNarrativeMin;

    @Inject
    @ConfigProperty(name = "ALPR_ENTRY_REASON_MIN")
    Optional<Integer> entryReasonMin;

    @Inject
    @ConfigProperty(name = "ALPR_DISPOSITION_NARRATIVE_MIN")
    Optional<Integer> dispositionNarrativeMin;

    @Inject
    @ConfigProperty(name = "ALPR_SENSITIVE_CAMERA_METRES")
    Optional<Integer> sensitiveCameraMetres;

    @Inject
    @ConfigProperty(name = "ALPR_REVIEW_NOTICE_DAYS")
    Optional<Integer> reviewNoticeDays;

    @Inject
    @ConfigProperty(name = "ALPR_PASSWORD_MIN_LENGTH")
    Optional<Integer> passwordMinLength;

    @Inject
    @ConfigProperty(name = "ALPR_INACTIVE_ACCOUNT_DAYS")
    Optional<Integer> inactiveAccountDays;

    private PolicyProfile profile;

    @PostConstruct
    void resolve() {
        PolicyProfile base = ShippedProfiles.named(profileName).orElseThrow(() -> new IllegalStateException(
                "ALPR_POLICY_PROFILE='" + profileName + "' is not a known profile; use one of "
                        + ShippedProfiles.names()));
        if (readRetentionDays.isPresent()) {
            base = base.withReadRetentionDays(readRetentionDays.get());
        }
        if (auditRetentionDays.isPresent()) {
            base = base.withAuditRetentionDays(auditRetentionDays.get());
        }
        if (hotListReviewDays.isPresent()) {
            base = base.withHotListReviewDays(hotListReviewDays.get());
        }
        if (sharingWithinStateOnly.isPresent()) {
            base = base.withSharingWithinStateOnly(sharingWithinStateOnly.get());
        }
        if (recordsResponseDays.isPresent()) {
            base = base.withRecordsResponseBusinessDays(recordsResponseDays.get());
        }
        if (caseNumberPattern.isPresent()) {
            base = base.withCaseNumberPattern(caseNumberPattern.get());
        }
        if (holdDecisionDays.isPresent()) {
            base = base.withHoldDecisionDays(holdDecisionDays.get());
        }
        PolicyThresholds shipped = base.thresholds();
        base = base.withThresholds(new PolicyThresholds(searchNarrativeMin.orElse(shipped.searchNarrativeMin()),
                entryReasonMin.orElse(shipped.entryReasonMin()),
                dispositionNarrativeMin.orElse(shipped.dispositionNarrativeMin()),
                sensitiveCameraMetres.orElse(shipped.sensitiveCameraMetres()),
                reviewNoticeDays.orElse(shipped.reviewNoticeDays()),
                passwordMinLength.orElse(shipped.passwordMinLength()),
                inactiveAccountDays.orElse(shipped.inactiveAccountDays())));
        this.profile = base;
    }

    @Produces
    public PolicyProfile profile() {
        return profile;
    }
}
