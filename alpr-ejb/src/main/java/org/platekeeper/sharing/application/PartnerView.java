package org.platekeeper.sharing.application;

import java.time.Instant;
import java.util.UUID;

import org.platekeeper.sharing.domain.AgencyType;
import org.platekeeper.sharing.domain.PartnerAgency;

/** A partner agency as the console and the API show it. */
public record PartnerView(UUID id, String name, String ori, AgencyType type, String state, boolean federal,
                          String contact, boolean mayHoldAgreement, String createdBy, Instant createdAt) {

    static PartnerView of(PartnerAgency p) {
        return new PartnerView(p.id(), p.name(), p.ori().value(), p.type(), p.state(), p.federal(), p.contact(),
                p.mayHoldAgreement(), p.createdBy(), p.createdAt());
    }
}
