package org.platekeeper.search.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The query side of reads for historical search: one SQL statement per page, one for the count. */
public interface ReadFinder {

    /** A page of the reads that meet the criteria, newest first. */
    List<FoundRead> find(SearchCriteria criteria, int offset, int limit);

    long count(SearchCriteria criteria);

    /** The ids of at most {@code max} reads the criteria find, newest first. */
    List<UUID> ids(SearchCriteria criteria, int max);

    /** Whether the read is among those the criteria find: a search opens only its own results. */
    boolean finds(SearchCriteria criteria, UUID readId);

    /** One read, if it is still kept. */
    Optional<FoundRead> read(UUID id);

    /** Where each of these cameras stands (fixed or last deployment), for the sensitive-location check. */
    List<double[]> cameraPlaces(List<UUID> cameraIds);
}
