package org.platekeeper.audit.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.platekeeper.shared.domain.TimeOrderedId;

/**
 * A suspected misuse, breach or unauthorised access, opened from audit findings and investigated (PC-E1, OD-AD4).
 */
@Entity
@Table(name = "misuse_case")
public class MisuseCase {

    public enum Status { OPEN, REFERRED, CLOSED }

    @Id
    private UUID id;

    @Column(name = "reference", nullable = false, unique = true, updatable = false)
    private String reference;

    @Column(name = "summary", nullable = false, length = 2000)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status;

    @Column(name = "outcome", length = 2000)
    private String outcome;

    @Column(name = "opened_by", nullable = false, updatable = false)
    private String openedBy;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected MisuseCase() {
    }

    public static MisuseCase open(String reference, String summary, String openedBy, Instant now) {
        if (summary == null || summary.isBlank()) {
            throw new IllegalArgumentException("a misuse case says what is suspected");
        }
        MisuseCase misuse = new MisuseCase();
        misuse.id = TimeOrderedId.at(now);
        misuse.reference = reference;
        misuse.summary = summary.strip();
        misuse.status = Status.OPEN;
        misuse.openedBy = openedBy;
        misuse.openedAt = now;
        misuse.updatedAt = now;
        return misuse;
    }

    /** Referred to internal affairs or prosecutors, or closed, with what came of it. */
    public void move(Status next, String result, Instant now) {
        if (status == Status.CLOSED) {
            throw new IllegalStateException("the case is closed");
        }
        if (next == Status.CLOSED && (result == null || result.isBlank())) {
            throw new IllegalArgumentException("say what the investigation concluded");
        }
        status = next;
        outcome = result == null || result.isBlank() ? outcome : result.strip();
        updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public String summary() {
        return summary;
    }

    public Status status() {
        return status;
    }

    public String outcome() {
        return outcome;
    }

    public String openedBy() {
        return openedBy;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
