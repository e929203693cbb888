package org.platekeeper.retention.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
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
 * A legal hold (PC-C2, OD-R6): reads kept past retention for a case, on a legal basis. An investigator requests it,
 * a supervisor other than the requester approves it, and only a supervisor releases it. From the request on, its
 * reads survive every purge; once released or rejected they are purged at the next run if past retention.
 */
@Entity
@Table(name = "legal_hold")
public class LegalHold {

    @Id
    private UUID id;

    @Column(name = "case_number", nullable = false, updatable = false)
    private String caseNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_basis", nullable = false, updatable = false)
    private LegalBasis legalBasis;

    @Column(name = "description", nullable = false, updatable = false, length = 2000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private HoldStatus status;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note", length = 500)
    private String decisionNote;

    @Column(name = "review_date", nullable = false)
    private LocalDate reviewDate;

    @Column(name = "released_by")
    private String releasedBy;

    @Column(name = "released_at")
    private Instant releasedAt;

    @Column(name = "release_note", length = 500)
    private String releaseNote;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected LegalHold() {
    }

    public static LegalHold request(String caseNumber, LegalBasis basis, String description, LocalDate reviewDate,
                                    String requestedBy, Instant now, LocalDate today) {
        if (caseNumber == null || caseNumber.isBlank()) {
            throw new IllegalArgumentException("a legal hold names its case number");
        }
        if (description == null || description.strip().length() < 10) {
            throw new IllegalArgumentException("describe what the reads are held for in at least 10 characters");
        }
        if (reviewDate == null || !reviewDate.isAfter(today)) {
            throw new IllegalArgumentException("the review date must be in the future");
        }
        LegalHold hold = new LegalHold();
        hold.id = TimeOrderedId.at(now);
        hold.caseNumber = caseNumber.strip();
        hold.legalBasis = Objects.requireNonNull(basis, "legalBasis");
        hold.description = description.strip();
        hold.reviewDate = reviewDate;
        hold.status = HoldStatus.REQUESTED;
        hold.requestedBy = requestedBy;
        hold.requestedAt = now;
        return hold;
    }

    public void approve(String supervisor, String note, Instant now) {
        decide(supervisor, note, now, HoldStatus.ACTIVE);
    }

    public void reject(String supervisor, String note, Instant now) {
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("say why the hold is rejected");
        }
        decide(supervisor, note, now, HoldStatus.REJECTED);
    }

    private void decide(String supervisor, String note, Instant now, HoldStatus outcome) {
        if (status != HoldStatus.REQUESTED) {
            throw new IllegalStateException("this hold is " + status + "; only a requested hold is decided");
        }
        if (supervisor.equals(requestedBy)) {
            throw new IllegalStateException("a hold is approved by a supervisor other than its requester");
        }
        status = outcome;
        decidedBy = supervisor;
        decidedAt = now;
        decisionNote = note == null || note.isBlank() ? null : note.strip();
    }

    /** When a supervisor must have decided the request by, under the profile's days for it. */
    public Instant decideBy(int decisionDays) {
        return requestedAt.plus(java.time.Duration.ofDays(decisionDays));
    }

    /**
     * A request nobody decided in time lapses (PC-C2, OD-R6): it would otherwise keep its reads for ever. Its reads
     * become purgeable at once. Answers whether it lapsed now.
     */
    public boolean lapseIfUndecided(int decisionDays, Instant now) {
        if (status != HoldStatus.REQUESTED || now.isBefore(decideBy(decisionDays))) {
            return false;
        }
        status = HoldStatus.LAPSED;
        decidedBy = "system";
        decidedAt = now;
        decisionNote = "not decided within " + decisionDays + " days of the request";
        return true;
    }

    /** The reads become purgeable at the next run if they are past retention. */
    public void release(String supervisor, String note, Instant now) {
        if (status != HoldStatus.ACTIVE) {
            throw new IllegalStateException("only an active hold is released; this one is " + status);
        }
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("say why the hold is released");
        }
        status = HoldStatus.RELEASED;
        releasedBy = supervisor;
        releasedAt = now;
        releaseNote = note.strip();
    }

    public UUID id() { return id; }
    public String caseNumber() { return caseNumber; }
    public LegalBasis legalBasis() { return legalBasis; }
    public String description() { return description; }
    public HoldStatus status() { return status; }
    public String requestedBy() { return requestedBy; }
    public Instant requestedAt() { return requestedAt; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
    public String decisionNote() { return decisionNote; }
    public LocalDate reviewDate() { return reviewDate; }
    public String releasedBy() { return releasedBy; }
    public Instant releasedAt() { return releasedAt; }
    public String releaseNote() { return releaseNote; }
}
