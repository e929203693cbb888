package org.platekeeper.records.domain;

import java.time.Instant;
import java.time.LocalDate;

/** Aggregates over the live data for the public page: one statement per figure, nothing personal selected. */
public interface TransparencyQueries {

    /**
     * The figures for {@code [from, to)}; what is counted as it stands (cameras, entries, partners) is counted as
     * of {@code today}.
     */
    TransparencyFigures between(Instant from, Instant to, LocalDate today);
}
