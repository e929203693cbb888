package org.platekeeper.web.api.shared;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per caller: each holds at most a minute's allowance, refills at the allowance per minute, and a
 * request takes one token. A caller who has been quiet may use a whole minute's allowance at once; one who keeps
 * going is held to the rate. Buckets that have refilled are forgotten when many callers have been seen.
 */
final class TokenBuckets {

    private static final long NANOS_PER_MINUTE = 60_000_000_000L;
    private static final int FORGET_ABOVE = 10_000;

    private final long perMinute;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    TokenBuckets(long perMinute, LongSupplier nanoTime) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("a rate limit allows at least one request a minute: " + perMinute);
        }
        this.perMinute = perMinute;
        this.nanoTime = nanoTime;
    }

    /** Zero when the caller may go ahead (and a token is taken), otherwise the seconds until it may try again. */
    long take(String caller) {
        long now = nanoTime.getAsLong();
        if (buckets.size() > FORGET_ABOVE) {
            buckets.values().removeIf(b -> b.fullAt(now));
        }
        return buckets.computeIfAbsent(caller, c -> new Bucket(now)).take(now);
    }

    private final class Bucket {
        /** Tokens, scaled by a minute in nanoseconds so that refills stay in whole numbers. */
        private long scaledTokens;
        private long updated;

        Bucket(long now) {
            scaledTokens = perMinute * NANOS_PER_MINUTE;
            updated = now;
        }

        synchronized long take(long now) {
            refill(now);
            if (scaledTokens >= NANOS_PER_MINUTE) {
                scaledTokens -= NANOS_PER_MINUTE;
                return 0;
            }
            long missingNanos = (NANOS_PER_MINUTE - scaledTokens + perMinute - 1) / perMinute;
            return Math.max(1, (missingNanos + 999_999_999L) / 1_000_000_000L);
        }

        synchronized boolean fullAt(long now) {
            refill(now);
            return scaledTokens == perMinute * NANOS_PER_MINUTE;
        }

        private void refill(long now) {
            long elapsed = Math.max(0, now - updated);
            updated = now;
            long capacity = perMinute * NANOS_PER_MINUTE;
            scaledTokens = elapsed >= NANOS_PER_MINUTE ? capacity
                    : Math.min(capacity, scaledTokens + elapsed * perMinute);
        }
    }
}
