package org.platekeeper.sharing.application;

import java.time.Instant;
import java.util.UUID;

import org.platekeeper.sharing.domain.LegalRelease;
import org.platekeeper.sharing.domain.ReleaseBasis;
import org.platekeeper.sharing.domain.ReleaseStatus;

/** A release required by law as the console and the API show it. */
public record ReleaseView(UUID id, UUID holdId, String caseNumber, String recipient, ReleaseBasis basis,
                          String documentReference, String description, ReleaseStatus status, String requestedBy,
                          Instant requestedAt, String decidedBy, Instant decidedAt, String decisionNote,
                          int producedCount, Instant lastProducedAt) {

    static ReleaseView of(LegalRelease r) {
        return new ReleaseView(r.id(), r.holdId(), r.caseNumber(), r.recipient(), r.basis(), r.documentReference(),
                r.description(), r.status(), r.requestedBy(), r.requestedAt(), r.decidedBy(), r.decidedAt(),
                r.decisionNote(), r.producedCount(), r.lastProducedAt());
    }
}
