package org.platekeeper.records.domain;

import java.time.Instant;
import java.time.LocalDate;

/** Aggregates over the live data for the public page: one statement per figure, nothing personal selected. */
public interface TransparencyQueries {

    TransparencyFigures since(Instant windowStart, LocalDate today);
}
