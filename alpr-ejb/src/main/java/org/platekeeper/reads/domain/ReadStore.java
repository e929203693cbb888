package org.platekeeper.reads.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where reads and their images are kept. */
public interface ReadStore {

    /**
     * Stores the reads with their images; a read the same camera already sent (same capture time, same plate) is
     * not stored again, and the id it was stored under is answered instead.
     *
     * @return where each read is stored, in order
     */
    List<StoredRead> store(List<PlateRead> reads);

    /** One image of a stored read, if the read is still kept and the camera sent that image. */
    Optional<byte[]> image(UUID readId, Instant capturedAt, ReadImage.Kind kind);

    /** Makes sure the day partitions for these UTC days exist. */
    void prepareDays(LocalDate first, LocalDate last);
}
