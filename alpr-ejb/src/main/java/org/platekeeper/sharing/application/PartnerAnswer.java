package org.platekeeper.sharing.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a partner receives for a query: only what its agreement allows (no older than its reach, at most its
 * result cap, images only when the agreement includes them), with the id of the dissemination that records it.
 */
public record PartnerAnswer(UUID disseminationId, String agency, String plate, int count, boolean truncated,
                            List<SharedRead> reads) {

    /** One read as disclosed to a partner. {@code plateImage} is Base64 JPEG, or null without the images scope. */
    public record SharedRead(UUID id, String plate, String state, Instant capturedAt, Double latitude,
                             Double longitude, String camera, String plateImage) {
    }
}
