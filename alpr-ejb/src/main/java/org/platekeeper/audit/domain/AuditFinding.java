package org.platekeeper.audit.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.platekeeper.shared.domain.TimeOrderedId;

/**
 * What an auditor found looking at the trail (OD-AD4): a flagged search or any other event worth recording, tied to
 * the person and the evidence, and possibly to the misuse case it led to (PC-E1).
 */
@Entity
@Table(name = "audit_finding")
public class AuditFinding {

    @Id
    private UUID id;

    @Column(name = "kind", nullable = false, updatable = false)
    private String kind;

    @Column(name = "subject_user", updatable = false)
    private String subjectUser;

    @Column(name = "search_id", updatable = false)
    private UUID searchId;

    @Column(name = "audit_sequence", updatable = false)
    private Long auditSequence;

    @Column(name = "summary", nullable = false, updatable = false, length = 2000)
    private String summary;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "misuse_case_id")
    private UUID misuseCaseId;

    protected AuditFinding() {
    }

    public static AuditFinding record(String kind, String subjectUser, UUID searchId, Long auditSequence,
                                      String summary, String recordedBy, Instant now) {
        if (summary == null || summary.isBlank()) {
            throw new IllegalArgumentException("a finding says what was found");
        }
        AuditFinding finding = new AuditFinding();
        finding.id = TimeOrderedId.at(now);
        finding.kind = kind == null || kind.isBlank() ? "OTHER" : kind.strip();
        finding.subjectUser = subjectUser == null || subjectUser.isBlank() ? null : subjectUser.strip();
        finding.searchId = searchId;
        finding.auditSequence = auditSequence;
        finding.summary = summary.strip();
        finding.recordedBy = recordedBy;
        finding.recordedAt = now;
        return finding;
    }

    public void linkTo(MisuseCase misuseCase) {
        if (misuseCaseId != null && !misuseCaseId.equals(misuseCase.id())) {
            throw new IllegalStateException("the finding belongs to another misuse case already");
        }
        misuseCaseId = misuseCase.id();
    }

    public UUID id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    public String subjectUser() {
        return subjectUser;
    }

    public UUID searchId() {
        return searchId;
    }

    public Long auditSequence() {
        return auditSequence;
    }

    public String summary() {
        return summary;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public UUID misuseCaseId() {
        return misuseCaseId;
    }
}
