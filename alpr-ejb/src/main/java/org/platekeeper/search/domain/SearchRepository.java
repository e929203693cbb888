package org.platekeeper.search.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface SearchRepository {

    void add(HistoricalSearch search);

    Optional<HistoricalSearch> find(UUID id);

    List<HistoricalSearch> by(String username, int limit);

    List<HistoricalSearch> all(int limit);

    List<HistoricalSearch> awaitingApproval();

    List<HistoricalSearch> between(Instant from, Instant to);

    void add(SensitiveLocation location);

    Optional<SensitiveLocation> location(UUID id);

    List<SensitiveLocation> activeLocations();

    boolean locationNameTaken(String name);
}
