package org.platekeeper.sharing.application;

import java.time.Instant;
import java.util.UUID;

import org.platekeeper.sharing.domain.Dissemination;
import org.platekeeper.sharing.domain.DisseminationKind;
import org.platekeeper.sharing.domain.DisseminationOutcome;

/** One entry of the dissemination log. */
public record DisseminationView(UUID id, Instant at, DisseminationKind kind, DisseminationOutcome outcome,
                                UUID agreementId, UUID partnerId, String partnerName, String plate, String purpose,
                                String caseNumber, String legalBasis, int readsDisclosed, boolean imagesIncluded,
                                String refusalReason, String clause) {

    static DisseminationView of(Dissemination d) {
        return new DisseminationView(d.id(), d.at(), d.kind(), d.outcome(), d.agreementId(), d.partnerId(),
                d.partnerName(), d.plate(), d.purpose(), d.caseNumber(), d.legalBasis(), d.readsDisclosed(),
                d.imagesIncluded(), d.refusalReason(), d.clause());
    }
}
