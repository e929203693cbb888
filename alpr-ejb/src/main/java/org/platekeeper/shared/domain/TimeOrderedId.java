package org.platekeeper.shared.domain;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;

/**
 * UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then random bits. Ids made later sort later, so
 * inserts land at the end of indexes instead of all over them.
 */
public final class TimeOrderedId {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TimeOrderedId() {
    }

    public static UUID at(Instant instant) {
        long millis = instant.toEpochMilli();
        long randomA = RANDOM.nextInt(1 << 12);
        long high = (millis << 16) | 0x7000L | randomA;
        long low = (RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }

    public static UUID now() {
        return at(Instant.now());
    }
}
