package org.platekeeper.hotlists.application;

import java.time.Instant;

/** One step in a custom entry's history. */
public record HistoryView(Instant at, String actor, String action, String note) {
}
