package org.platekeeper.sharing.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.platekeeper.shared.domain.RequiredText;
import org.platekeeper.shared.domain.TimeOrderedId;

/**
 * A release required by law (PC-C4): a subpoena, court order or discovery request for reads kept under a legal
 * hold, entered with its document's reference, approved by a supervisor other than the person who entered it, and
 * produced as a package in the evidence format with a release sheet. Each production is a dissemination.
 */
@Entity
@Table(name = "legal_release")
public class LegalRelease {

    public static final int RECIPIENT_MAX_LENGTH = 200;
    public static final int DOCUMENT_REFERENCE_MAX_LENGTH = 200;
    public static final int DESCRIPTION_MAX_LENGTH = 2000;
    public static final int NOTE_MAX_LENGTH = 500;

    @Id
    private UUID id;

    @Column(name = "hold_id", nullable = false, updatable = false)
    private UUID holdId;

    @Column(name = "case_number", nullable = false, updatable = false)
    private String caseNumber;

    @Column(name = "recipient", nullable = false, updatable = false, length = RECIPIENT_MAX_LENGTH)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(name = "basis", nullable = false, updatable = false)
    private ReleaseBasis basis;

    @Column(name = "document_reference", nullable = false, updatable = false,
            length = DOCUMENT_REFERENCE_MAX_LENGTH)
    private String documentReference;

    @Column(name = "description", nullable = false, updatable = false, length = DESCRIPTION_MAX_LENGTH)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ReleaseStatus status;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note", length = NOTE_MAX_LENGTH)
    private String decisionNote;

    @Column(name = "produced_count", nullable = false)
    private int producedCount;

    @Column(name = "last_produced_at")
    private Instant lastProducedAt;

    protected LegalRelease() {
    }

    /** Enters a release of the reads a legal hold keeps for this case. */
    public static LegalRelease request(UUID holdId, String caseNumber, String recipient, ReleaseBasis basis,
                                       String documentReference, String description, String by, Instant now) {
        LegalRelease release = new LegalRelease();
        release.id = TimeOrderedId.at(now);
        release.holdId = Objects.requireNonNull(holdId, "holdId");
        release.caseNumber = Objects.requireNonNull(caseNumber, "caseNumber");
        release.recipient = RequiredText.of(recipient, "recipient", RECIPIENT_MAX_LENGTH);
        release.basis = Objects.requireNonNull(basis, "basis");
        release.documentReference = RequiredText.of(documentReference,
                "reference of the subpoena, order or request", DOCUMENT_REFERENCE_MAX_LENGTH);
        release.description = RequiredText.of(description, "description", DESCRIPTION_MAX_LENGTH);
        release.status = ReleaseStatus.REQUESTED;
        release.requestedBy = by;
        release.requestedAt = now;
        return release;
    }

    /** PC-C4: a supervisor other than the person who entered the release approves it. */
    public void approve(String supervisor, String note, Instant now) {
        decide(supervisor, note, now);
        status = ReleaseStatus.APPROVED;
    }

    public void reject(String supervisor, String note, Instant now) {
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("say why the release is rejected");
        }
        decide(supervisor, note, now);
        status = ReleaseStatus.REJECTED;
    }

    private void decide(String supervisor, String note, Instant now) {
        if (status != ReleaseStatus.REQUESTED) {
            throw new IllegalStateException("the release is " + status + ", not awaiting a decision");
        }
        if (supervisor.equals(requestedBy)) {
            throw new SharingRuleException("PC-C4", "the person who entered a release cannot approve it; another "
                    + "supervisor must");
        }
        decidedBy = supervisor;
        decidedAt = now;
        decisionNote = note == null || note.isBlank() ? null : RequiredText.of(note, "note",
                NOTE_MAX_LENGTH);
    }

    /** PC-C4: nothing is produced before a supervisor approved it. */
    public void produced(Instant now) {
        if (status != ReleaseStatus.APPROVED) {
            throw new SharingRuleException("PC-C4", "a release is produced only once a supervisor has approved it; "
                    + "this one is " + status.name().toLowerCase());
        }
        producedCount++;
        lastProducedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID holdId() {
        return holdId;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public String recipient() {
        return recipient;
    }

    public ReleaseBasis basis() {
        return basis;
    }

    public String documentReference() {
        return documentReference;
    }

    public String description() {
        return description;
    }

    public ReleaseStatus status() {
        return status;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
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

    public int producedCount() {
        return producedCount;
    }

    public Instant lastProducedAt() {
        return lastProducedAt;
    }
}
