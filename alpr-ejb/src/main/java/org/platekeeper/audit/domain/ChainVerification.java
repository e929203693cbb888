package org.platekeeper.audit.domain;

/**
 * The result of recomputing the audit chain.
 *
 * @param intact              whether every event and link checked out
 * @param eventsChecked       how many events were recomputed
 * @param lastSequence        the last sequence number the head records
 * @param lastHash            the hash the head records; an auditor may note it to compare later
 * @param firstBrokenSequence where the chain first breaks, or {@code null} when intact
 * @param problem             what is wrong there, or {@code null} when intact
 */
public record ChainVerification(boolean intact, long eventsChecked, long lastSequence, String lastHash,
                                Long firstBrokenSequence, String problem) {
}
