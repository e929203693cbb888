package org.platekeeper.access.application;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.platekeeper.access.domain.TrainingRecord;

/** A completed course an administrator records for a user (OD-AD2). */
public record TrainingCompletion(
        @NotBlank @Size(max = TrainingRecord.COURSE_MAX_LENGTH) String course,
        @NotNull LocalDate completedOn,
        @NotNull LocalDate expiresOn) {
}
