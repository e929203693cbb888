package org.platekeeper.policy.domain;

import java.time.Duration;

/**
 * The smaller numbers a policy sets, which an agency may tune: how much an officer must write to justify a search,
 * a hot-list entry or an alert's disposition, how near a sensitive location a camera counts as watching it, and
 * how long before their review is due entries are listed as due.
 *
 * @param searchNarrativeMin       characters of narrative a search under a purpose code needs (OD-U3); at least 20,
 *                                 the floor the schema itself enforces
 * @param entryReasonMin           characters of reason a custom hot-list entry needs (OD-H3)
 * @param dispositionNarrativeMin  characters of narrative an alert's disposition needs (OD-V4)
 * @param sensitiveCameraMetres    a camera this far outside a sensitive location's radius still counts as near it
 *                                 (PC-B4)
 * @param reviewNoticeDays         entries whose review falls within this many days are listed as due (OD-H4)
 * @param passwordMinLength        characters a new password needs (IA-5); at least 8, NIST SP 800-63B's floor
 * @param inactiveAccountDays      an account not signed in to for this many days is disabled (AC-2)
 */
public record PolicyThresholds(int searchNarrativeMin, int entryReasonMin, int dispositionNarrativeMin,
                               int sensitiveCameraMetres, int reviewNoticeDays, int passwordMinLength,
                               int inactiveAccountDays) {

    public static final int SCHEMA_SEARCH_NARRATIVE_FLOOR = 20;
    public static final int PASSWORD_LENGTH_FLOOR = 8;
    public static final PolicyThresholds DEFAULT = new PolicyThresholds(20, 10, 10, 150, 7, 12, 90);

    /** How long an account may go unused before it is disabled (AC-2). */
    public Duration inactivityLimit() {
        return Duration.ofDays(inactiveAccountDays);
    }

    public PolicyThresholds {
        if (searchNarrativeMin < SCHEMA_SEARCH_NARRATIVE_FLOOR) {
            throw new IllegalArgumentException("searchNarrativeMin is at least " + SCHEMA_SEARCH_NARRATIVE_FLOOR
                    + ", was " + searchNarrativeMin);
        }
        if (passwordMinLength < PASSWORD_LENGTH_FLOOR) {
            throw new IllegalArgumentException("passwordMinLength is at least " + PASSWORD_LENGTH_FLOOR + ", was "
                    + passwordMinLength);
        }
        for (int value : new int[] {entryReasonMin, dispositionNarrativeMin, reviewNoticeDays, inactiveAccountDays}) {
            if (value < 1) {
                throw new IllegalArgumentException("policy thresholds are at least 1: " + this);
            }
        }
        if (sensitiveCameraMetres < 0) {
            throw new IllegalArgumentException("sensitiveCameraMetres is 0 or more, was " + sensitiveCameraMetres);
        }
    }
}
