package org.platekeeper.access.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A course a user completed, and until when it counts as current training (OD-AD2). */
@Entity
@Table(name = "training_record")
public class TrainingRecord {

    public static final int COURSE_MAX_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "course", nullable = false, length = COURSE_MAX_LENGTH)
    private String course;

    @Column(name = "completed_on", nullable = false)
    private LocalDate completedOn;

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    @Column(name = "recorded_by", nullable = false, length = UserAccount.USERNAME_MAX_LENGTH)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected TrainingRecord() {
    }

    TrainingRecord(String course, LocalDate completedOn, LocalDate expiresOn, String recordedBy, Instant recordedAt) {
        this.course = Objects.requireNonNull(course, "course");
        this.completedOn = Objects.requireNonNull(completedOn, "completedOn");
        this.expiresOn = Objects.requireNonNull(expiresOn, "expiresOn");
        this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
        if (expiresOn.isBefore(completedOn)) {
            throw new IllegalArgumentException("training cannot expire before it was completed");
        }
    }

    /** Current on a day when it has been completed and has not yet expired (the expiry day still counts). */
    public boolean isCurrentOn(LocalDate day) {
        return !completedOn.isAfter(day) && !expiresOn.isBefore(day);
    }

    public String course() {
        return course;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
