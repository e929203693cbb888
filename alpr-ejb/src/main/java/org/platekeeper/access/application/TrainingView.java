package org.platekeeper.access.application;

import java.time.Instant;
import java.time.LocalDate;

/** One training record as shown to administrators and to the user it belongs to. */
public record TrainingView(String course, LocalDate completedOn, LocalDate expiresOn, String recordedBy,
                           Instant recordedAt, boolean current) {
}
