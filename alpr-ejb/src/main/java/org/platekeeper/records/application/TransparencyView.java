package org.platekeeper.records.application;

import java.time.Instant;
import java.util.List;

import org.platekeeper.records.domain.TransparencyFigures;

/**
 * The public transparency page (OD-T1, PC-F1): the policy in force, what the system may and may not be used for,
 * and how it was used in the last {@code windowDays} days, computed from the live data.
 */
public record TransparencyView(String agency, String policyTitle, String profile, int readRetentionDays,
                               int auditRetentionDays, int hotListReviewDays, String recordsStatute,
                               List<String> authorisedPurposes, List<String> prohibitedUses, int windowDays,
                               TransparencyFigures figures, Instant computedAt) {
}
