package org.platekeeper.records.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The register of public-records requests. */
public interface RecordsRegister {

    /** The next number of the sequence, for a tracking number. */
    long nextNumber();

    void add(RecordsRequest request);

    Optional<RecordsRequest> find(UUID id);

    /** Open requests first, soonest due first; then the closed ones, newest first. */
    List<RecordsRequest> all(int max);
}
