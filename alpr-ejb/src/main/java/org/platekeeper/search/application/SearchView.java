package org.platekeeper.search.application;

import java.time.Instant;
import java.util.UUID;

import org.platekeeper.search.domain.HistoricalSearch;
import org.platekeeper.search.domain.PurposeCode;
import org.platekeeper.search.domain.SearchStatus;

/** A historical search as its owner, a supervisor or an auditor sees it. */
public record SearchView(UUID id, String username, Instant createdAt, String criteria, String caseNumber,
                         String cadEvent, String intelligenceFile, PurposeCode purposeCode, String narrative,
                         SearchStatus status, String sensitiveLocations, String decidedBy, Instant decidedAt,
                         String decisionNote, Long resultCount, Instant lastRunAt) {

    static SearchView of(HistoricalSearch s) {
        var why = s.justification();
        return new SearchView(s.id(), s.username(), s.createdAt(), s.criteriaSummary(), why.caseNumber(),
                why.cadEvent(), why.intelligenceFile(), why.purposeCode(), why.narrative(), s.status(),
                s.sensitiveLocations(), s.decidedBy(), s.decidedAt(), s.decisionNote(), s.resultCount(),
                s.lastRunAt());
    }
}
