package org.platekeeper.audit.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The head of the audit chain at the end of a day: the last event's number and hash. Published, it lets anyone who
 * saved it prove later that the trail up to that event was not rewritten, since rewriting any earlier event changes
 * every hash after it (OD-X2, OD-T1).
 */
public record AuditAnchor(LocalDate day, long sequence, String hash, Instant at) {
}
