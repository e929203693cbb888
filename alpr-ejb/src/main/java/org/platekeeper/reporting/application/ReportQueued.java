package org.platekeeper.reporting.application;

import java.util.UUID;

/** A report was ordered; its generation starts once the order is committed. */
public record ReportQueued(UUID reportId) {
}
