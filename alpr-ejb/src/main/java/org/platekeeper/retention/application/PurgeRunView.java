package org.platekeeper.retention.application;

import java.time.Instant;
import java.util.UUID;

import org.platekeeper.retention.domain.PurgeRun;

/** A purge and its certificate, with whether the certificate still matches its digest. */
public record PurgeRunView(UUID id, PurgeRun.Trigger trigger, String startedBy, Instant startedAt, Instant finishedAt,
                           Instant cutoff, int retentionDays, PurgeRun.Status status, long readsDeleted,
                           long imagesDeleted, long alertsDeleted, long readsRetained, String missedRuns,
                           String message, String digest, boolean digestVerifies, String certificate) {

    static PurgeRunView of(PurgeRun r) {
        return new PurgeRunView(r.id(), r.trigger(), r.startedBy(), r.startedAt(), r.finishedAt(), r.cutoff(),
                r.retentionDays(), r.status(), r.readsDeleted(), r.imagesDeleted(), r.alertsDeleted(),
                r.readsRetained(), r.missedRuns(), r.message(), r.digest(), r.verifies(), r.certificate());
    }
}
