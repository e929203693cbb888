package org.platekeeper.sharing.domain;

import java.time.Instant;
import java.util.UUID;

/** Which entries of the dissemination log to show; every field may be left out. */
public record DisseminationFilter(UUID partnerId, DisseminationKind kind, DisseminationOutcome outcome,
                                  Instant from, Instant to) {

    public static DisseminationFilter all() {
        return new DisseminationFilter(null, null, null, null, null);
    }
}
