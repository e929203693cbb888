package org.platekeeper.web.api.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Rate limits: a token bucket per caller")
class TokenBucketsTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong(5 * SECOND);
    private final TokenBuckets buckets = new TokenBuckets(60, now::get);

    @Test
    @DisplayName("SC-5 a quiet caller may use a minute's allowance at once, then waits a second per request")
    void burstThenRate() {
        for (int i = 0; i < 60; i++) {
            assertEquals(0, buckets.take("camera:a"), "request " + i);
        }
        assertEquals(1, buckets.take("camera:a"), "the 61st waits for the next token, one second away");
        now.addAndGet(SECOND / 2);
        assertEquals(1, buckets.take("camera:a"), "half a token is not a token");
        now.addAndGet(SECOND / 2);
        assertEquals(0, buckets.take("camera:a"));
        assertEquals(1, buckets.take("camera:a"));
    }

    @Test
    @DisplayName("SC-5 each caller has a bucket of its own, refilled to the allowance and no further")
    void perCaller() {
        for (int i = 0; i < 60; i++) {
            buckets.take("user:one");
        }
        assertEquals(1, buckets.take("user:one"));
        assertEquals(0, buckets.take("user:two"), "another caller is not held up");
        now.addAndGet(3600 * SECOND);
        for (int i = 0; i < 60; i++) {
            assertEquals(0, buckets.take("user:one"), "request " + i + " after an hour");
        }
        assertEquals(1, buckets.take("user:one"), "an hour's quiet is still one minute's allowance");
    }

    @Test
    @DisplayName("a slow rate tells how long to wait in whole seconds")
    void retryAfterInSeconds() {
        TokenBuckets slow = new TokenBuckets(2, now::get);
        slow.take("address");
        slow.take("address");
        assertEquals(30, slow.take("address"));
        now.addAndGet(20 * SECOND);
        assertEquals(10, slow.take("address"));
        assertThrows(IllegalArgumentException.class, () -> new TokenBuckets(0, now::get));
    }
}
