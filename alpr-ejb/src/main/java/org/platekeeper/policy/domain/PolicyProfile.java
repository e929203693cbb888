package org.platekeeper.policy.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The numbers and names that differ between the agencies this system serves. One deployment serves one agency, so
 * every rule that depends on the agency's policy reads it from here, never from a constant.
 *
 * @param name                 the profile's key, e.g. {@code odessa}
 * @param agency               the agency the policy binds
 * @param policyTitle          the policy document the profile implements
 * @param readRetentionDays    calendar days a read is kept before it is purged (PC-C1, OD-R5)
 * @param auditRetentionDays   days an audit event is kept (not purged with reads)
 * @param hotListReviewDays    days after which a custom hot-list entry must be reviewed (OD-H4)
 * @param recordsStatute       the open-records law requests are answered under (OD-T2)
 * @param timeZone             the agency's time zone; retention days and training dates are counted in it
 * @param agencyState          the agency's state (postal code), for the rule below
 * @param sharingWithinStateOnly whether partner agencies of other states and federal ones are barred from sharing
 * @param recordsResponseBusinessDays business days after receipt by which a public-records request is answered
 *                             (OD-T2): the statute's own (Missouri: three) or the agency's target (Oklahoma: prompt)
 * @param caseNumberPattern    the agency's case-number format as a regular expression (e.g. {@code \d{4}-\d{6}}),
 *                             which justifying case numbers must match whole; null where the agency sets none
 * @param holdDecisionDays     days a supervisor has to decide a requested legal hold; undecided, it lapses and its
 *                             reads are purged like any others (PC-C2, OD-R6)
 * @param thresholds           the lengths and distances the policy's rules use
 */
public record PolicyProfile(String name, String agency, String policyTitle, int readRetentionDays,
                            int auditRetentionDays, int hotListReviewDays, String recordsStatute, ZoneId timeZone,
                            String agencyState, boolean sharingWithinStateOnly, int recordsResponseBusinessDays,
                            String caseNumberPattern, int holdDecisionDays, PolicyThresholds thresholds) {

    public PolicyProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(policyTitle, "policyTitle");
        Objects.requireNonNull(recordsStatute, "recordsStatute");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(agencyState, "agencyState");
        requirePositive(readRetentionDays, "readRetentionDays");
        requirePositive(auditRetentionDays, "auditRetentionDays");
        requirePositive(hotListReviewDays, "hotListReviewDays");
        requirePositive(recordsResponseBusinessDays, "recordsResponseBusinessDays");
        requirePositive(holdDecisionDays, "holdDecisionDays");
        Objects.requireNonNull(thresholds, "thresholds");
        if (caseNumberPattern != null) {
            try {
                Pattern.compile(caseNumberPattern);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("caseNumberPattern is not a regular expression: "
                        + e.getDescription(), e);
            }
        }
    }

    private static void requirePositive(int value, String what) {
        if (value < 1) {
            throw new IllegalArgumentException(what + " must be at least 1, was " + value);
        }
    }

    /** The agency's calendar day at this instant: training dates and retention days are counted in it. */
    public LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(timeZone));
    }

    public Period readRetention() {
        return Period.ofDays(readRetentionDays);
    }

    /** The one rule of what is past the read retention, for the purge and for ingest alike (PC-C1, OD-R5). */
    public RetentionPeriod readRetentionPeriod() {
        return new RetentionPeriod(readRetentionDays, timeZone);
    }

    public RetentionPeriod auditRetentionPeriod() {
        return new RetentionPeriod(auditRetentionDays, timeZone);
    }

    public PolicyProfile withReadRetentionDays(int days) {
        return new PolicyProfile(name, agency, policyTitle, days, auditRetentionDays, hotListReviewDays,
                recordsStatute, timeZone, agencyState, sharingWithinStateOnly, recordsResponseBusinessDays,
                caseNumberPattern, holdDecisionDays, thresholds);
    }

    public PolicyProfile withAuditRetentionDays(int days) {
        return new PolicyProfile(name, agency, policyTitle, readRetentionDays, days, hotListReviewDays,
                recordsStatute, timeZone, agencyState, sharingWithinStateOnly, recordsResponseBusinessDays,
                caseNumberPattern, holdDecisionDays, thresholds);
    }

    public PolicyProfile withHotListReviewDays(int days) {
        return new PolicyProfile(name, agency, policyTitle, readRetentionDays, auditRetentionDays, days,
                recordsStatute, timeZone, agencyState, sharingWithinStateOnly, recordsResponseBusinessDays,
                caseNumberPattern, holdDecisionDays, thresholds);
    }

    public PolicyProfile withSharingWithinStateOnly(boolean withinStateOnly) {
        return new PolicyProfile(name, agency, policyTitle, readRetentionDays, auditRetentionDays, hotListReviewDays,
                recordsStatute, timeZone, agencyState, withinStateOnly, recordsResponseBusinessDays,
                caseNumberPattern, holdDecisionDays, thresholds);
    }

    public PolicyProfile withRecordsResponseBusinessDays(int days) {
        return new PolicyProfile(name, agency, policyTitle, readRetentionDays, auditRetentionDays, hotListReviewDays,
                recordsStatute, timeZone, agencyState, sharingWithinStateOnly, days, caseNumberPattern,
                holdDecisionDays, thresholds);
    }

    public PolicyProfile withCaseNumberPattern(String pattern) {
        return new PolicyProfile(name, agency, policyTitle, readRetentionDays, auditRetentionDays, hotListReviewDays,
                recordsStatute, timeZone, agencyState, sharingWithinStateOnly, recordsResponseBusinessDays,
                pattern == null || pattern.isBlank() ? null : pattern.strip(), holdDecisionDays, thresholds);
    }

    public PolicyProfile withHoldDecisionDays(int days) {
        return new PolicyProfile(name, agency, policyTitle, readRetentionDays, auditRetentionDays, hotListReviewDays,
                recordsStatute, timeZone, agencyState, sharingWithinStateOnly, recordsResponseBusinessDays,
                caseNumberPattern, days, thresholds);
    }

    public PolicyProfile withThresholds(PolicyThresholds tuned) {
        return new PolicyProfile(name, agency, policyTitle, readRetentionDays, auditRetentionDays, hotListReviewDays,
                recordsStatute, timeZone, agencyState, sharingWithinStateOnly, recordsResponseBusinessDays,
                caseNumberPattern, holdDecisionDays, tuned);
    }

    /** The rules a case number, CAD event or file number given as justification must meet (PC-B1, OD-U3). */
    public CaseReference caseReferences() {
        return new CaseReference(caseNumberPattern == null ? null : Pattern.compile(caseNumberPattern));
    }
}
