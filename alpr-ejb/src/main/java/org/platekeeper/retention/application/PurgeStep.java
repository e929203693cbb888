package org.platekeeper.retention.application;

import java.time.LocalDate;

/**
 * Fired inside a day's purge transaction once its held reads have moved and before anything is deleted; an
 * observer that throws rolls the whole day back. Operations can watch it; tests use it to stop a purge midway.
 */
public record PurgeStep(LocalDate day) {
}
