package org.platekeeper.alerts.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface AlertRepository {

    void add(Alert alert);

    Optional<Alert> find(UUID id);

    /** Alerts not yet closed, most urgent first, then newest. */
    List<Alert> open(int limit);

    List<Alert> recent(int limit);

    boolean exists(UUID readId, long entryId);
}
