package org.platekeeper.retention.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface RetentionRepository {

    void add(LegalHold hold);

    Optional<LegalHold> hold(UUID id);

    List<LegalHold> holds(int limit);

    void add(PurgeRun run);

    Optional<PurgeRun> run(UUID id);

    List<PurgeRun> runs(int limit);

    Optional<PurgeRun> lastCompleted();
}
