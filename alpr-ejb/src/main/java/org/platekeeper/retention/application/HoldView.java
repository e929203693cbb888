package org.platekeeper.retention.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.platekeeper.retention.domain.HoldStatus;
import org.platekeeper.retention.domain.LegalBasis;
import org.platekeeper.retention.domain.LegalHold;

/**
 * A legal hold with its number of reads and, while it waits for a supervisor, the time it lapses by if undecided.
 */
public record HoldView(UUID id, String caseNumber, LegalBasis legalBasis, String description, HoldStatus status,
                       String requestedBy, Instant requestedAt, String decidedBy, Instant decidedAt,
                       String decisionNote, LocalDate reviewDate, String releasedBy, Instant releasedAt,
                       String releaseNote, int reads, Instant decideBy) {

    static HoldView of(LegalHold h, int reads, int decisionDays) {
        return new HoldView(h.id(), h.caseNumber(), h.legalBasis(), h.description(), h.status(), h.requestedBy(),
                h.requestedAt(), h.decidedBy(), h.decidedAt(), h.decisionNote(), h.reviewDate(), h.releasedBy(),
                h.releasedAt(), h.releaseNote(), reads,
                h.status() == HoldStatus.REQUESTED ? h.decideBy(decisionDays) : null);
    }
}
