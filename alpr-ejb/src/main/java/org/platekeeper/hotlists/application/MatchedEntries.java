package org.platekeeper.hotlists.application;

import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.platekeeper.hotlists.domain.HotList;
import org.platekeeper.hotlists.domain.HotListEntry;
import org.platekeeper.hotlists.domain.HotListRepository;

/**
 * What an alert copies from the entry a read matched. Called by the system as reads arrive, not by a person, so
 * it carries no role of its own; the alert it feeds is shown only to the roles cleared for hot-list data.
 */
@Stateless
@PermitAll
public class MatchedEntries {

    @Inject
    HotListRepository lists;

    public Optional<MatchedEntry> entry(long entryId) {
        return lists.entry(entryId).flatMap(e -> lists.find(e.listId()).map(list -> of(e, list)));
    }

    private static MatchedEntry of(HotListEntry e, HotList list) {
        return new MatchedEntry(e.id(), list.id(), list.name(), e.kind(), e.plate(), e.state(),
                e.reason() != null ? e.reason() : e.kind().label(), e.caseNumber() != null ? e.caseNumber()
                : e.reference(), e.vehicle());
    }

    /** The entry as an alert keeps it, whatever later happens to the list. */
    public record MatchedEntry(long id, java.util.UUID listId, String listName,
                               org.platekeeper.hotlists.domain.HotListKind kind, String plate, String state,
                               String reason, String caseNumber, String vehicle) {
    }
}
