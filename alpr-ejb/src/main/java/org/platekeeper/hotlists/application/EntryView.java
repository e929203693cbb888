package org.platekeeper.hotlists.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.platekeeper.hotlists.domain.EntryStatus;
import org.platekeeper.hotlists.domain.HotListEntry;
import org.platekeeper.hotlists.domain.HotListKind;

/** A hot-list entry, imported or custom, with its workflow dates. */
public record EntryView(long id, UUID listId, String plate, String state, HotListKind kind, EntryStatus status,
                        String reason, String caseNumber, String cadEvent, String purpose, String reference,
                        String vehicle, LocalDate expiresOn, LocalDate reviewDue, boolean reviewOverdue,
                        String requestedBy, Instant requestedAt, String decidedBy, Instant decidedAt) {

    static EntryView of(HotListEntry e, LocalDate today) {
        return new EntryView(e.id(), e.listId(), e.plate(), e.state(), e.kind(), e.status(), e.reason(),
                e.caseNumber(), e.cadEvent(), e.purpose(), e.reference(), e.vehicle(), e.expiresOn(), e.reviewDue(),
                e.reviewOverdue(today), e.requestedBy(), e.requestedAt(), e.decidedBy(), e.decidedAt());
    }
}
