package org.platekeeper.search.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.platekeeper.shared.domain.TimeOrderedId;

/**
 * A historical search (OD-D1): who searched, when, for what, under which justification (OD-U3), and how many reads
 * it found. One that touches a sensitive location waits for a supervisor other than the searcher (PC-B4).
 */
@Entity
@Table(name = "historical_search")
public class HistoricalSearch {

    @Id
    private UUID id;

    @Column(name = "username", nullable = false, updatable = false)
    private String username;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** The criteria as the searcher gave them (JSON), so an approved search runs exactly as it was approved. */
    @Column(name = "criteria", nullable = false, updatable = false)
    private String criteria;

    @Column(name = "criteria_summary", nullable = false, updatable = false, length = 2000)
    private String criteriaSummary;

    @Column(name = "case_number", updatable = false)
    private String caseNumber;

    @Column(name = "cad_event", updatable = false)
    private String cadEvent;

    @Column(name = "intelligence_file", updatable = false)
    private String intelligenceFile;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose_code", updatable = false)
    private PurposeCode purposeCode;

    @Column(name = "narrative", updatable = false, length = 2000)
    private String narrative;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private SearchStatus status;

    @Column(name = "sensitive_locations", updatable = false, length = 2000)
    private String sensitiveLocations;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note", length = 500)
    private String decisionNote;

    @Column(name = "result_count")
    private Long resultCount;

    @Column(name = "last_run_at")
    private Instant lastRunAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected HistoricalSearch() {
    }

    /**
     * @param sensitive names of the sensitive locations the search touches; empty when none, and then it may run
     */
    public static HistoricalSearch start(String username, String criteriaJson, String criteriaSummary,
                                         Justification why, String sensitive, Instant now) {
        HistoricalSearch search = new HistoricalSearch();
        search.id = TimeOrderedId.at(now);
        search.username = username;
        search.createdAt = now;
        search.criteria = criteriaJson;
        search.criteriaSummary = criteriaSummary.length() > 2000 ? criteriaSummary.substring(0, 2000)
                : criteriaSummary;
        search.caseNumber = why.caseNumber();
        search.cadEvent = why.cadEvent();
        search.intelligenceFile = why.intelligenceFile();
        search.purposeCode = why.purposeCode();
        search.narrative = why.narrative();
        search.sensitiveLocations = sensitive == null || sensitive.isBlank() ? null : sensitive;
        search.status = search.sensitiveLocations == null ? SearchStatus.RUN : SearchStatus.AWAITING_APPROVAL;
        return search;
    }

    public void approve(String supervisor, String note, Instant now) {
        decide(supervisor, note, now, SearchStatus.APPROVED);
    }

    public void reject(String supervisor, String note, Instant now) {
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("say why the search is rejected");
        }
        decide(supervisor, note, now, SearchStatus.REJECTED);
    }

    private void decide(String supervisor, String note, Instant now, SearchStatus outcome) {
        if (status != SearchStatus.AWAITING_APPROVAL) {
            throw new IllegalStateException("this search is " + status + "; only a search awaiting approval is "
                    + "approved or rejected");
        }
        if (supervisor.equals(username)) {
            throw new IllegalStateException("a search is approved by a supervisor other than the one who runs it");
        }
        status = outcome;
        decidedBy = supervisor;
        decidedAt = now;
        decisionNote = note == null || note.isBlank() ? null : note.strip();
    }

    public boolean mayRun() {
        return status == SearchStatus.RUN || status == SearchStatus.APPROVED;
    }

    public void recordRun(long count, Instant now) {
        if (!mayRun()) {
            throw new IllegalStateException("this search is " + status + " and cannot run");
        }
        resultCount = count;
        lastRunAt = now;
    }

    public Justification justification() {
        return new Justification(caseNumber, cadEvent, intelligenceFile, purposeCode, narrative);
    }

    public UUID id() {
        return id;
    }

    public String username() {
        return username;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String criteria() {
        return criteria;
    }

    public String criteriaSummary() {
        return criteriaSummary;
    }

    public SearchStatus status() {
        return status;
    }

    public String sensitiveLocations() {
        return sensitiveLocations;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decisionNote() {
        return decisionNote;
    }

    public Long resultCount() {
        return resultCount;
    }

    public Instant lastRunAt() {
        return lastRunAt;
    }
}
