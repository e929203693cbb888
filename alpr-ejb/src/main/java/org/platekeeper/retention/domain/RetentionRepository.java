package org.platekeeper.retention.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface RetentionRepository {

    void add(LegalHold hold);

    Optional<LegalHold> hold(UUID id);

    List<LegalHold> holds(int limit);

    /** Holds still waiting for a decision that were requested before the instant. */
    List<LegalHold> requestedBefore(Instant instant);

    void add(PurgeRun run);

    Optional<PurgeRun> run(UUID id);

    List<PurgeRun> runs(int limit);

    Optional<PurgeRun> lastCompleted();

    /** Purge runs still marked running that this server (or one before servers were recorded) started. */
    List<PurgeRun> runningOn(String server);
}
