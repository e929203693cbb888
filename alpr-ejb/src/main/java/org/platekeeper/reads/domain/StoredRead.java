package org.platekeeper.reads.domain;

import java.util.UUID;

/** The id a read is stored under, and whether it had been stored before (a repeated submission). */
public record StoredRead(UUID id, boolean duplicate) {
}
