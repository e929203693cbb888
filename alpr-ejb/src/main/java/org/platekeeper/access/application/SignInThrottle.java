package org.platekeeper.access.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Failed sign-ins per client address (AC-7): past {@code ALPR_SIGN_IN_FAILURES_PER_ADDRESS} failures within
 * {@code ALPR_SIGN_IN_THROTTLE_SECONDS}, an address is refused without its passwords being checked, so guessing
 * across many accounts from one place costs the server nothing and locks nobody out. Kept in memory, per server.
 */
@ApplicationScoped
public class SignInThrottle {

    /** Addresses are forgotten once their window has passed; this bounds the map between clean-ups. */
    private static final int MAX_ADDRESSES = 10_000;

    @Inject
    @ConfigProperty(name = "ALPR_SIGN_IN_FAILURES_PER_ADDRESS", defaultValue = "20")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "ALPR_SIGN_IN_THROTTLE_SECONDS", defaultValue = "60")
    long windowSeconds;

    @Inject
    Clock clock;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    /** Whether the address has failed too often lately to be heard. */
    public boolean throttled(String address) {
        if (address == null) {
            return false;
        }
        Deque<Instant> recent = failures.get(address);
        if (recent == null) {
            return false;
        }
        synchronized (recent) {
            expire(recent, Instant.now(clock));
            return recent.size() >= maxFailures;
        }
    }

    public void failed(String address) {
        if (address == null) {
            return;
        }
        Instant now = Instant.now(clock);
        if (failures.size() > MAX_ADDRESSES) {
            failures.values().removeIf(d -> {
                synchronized (d) {
                    expire(d, now);
                    return d.isEmpty();
                }
            });
        }
        Deque<Instant> recent = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (recent) {
            expire(recent, now);
            recent.addLast(now);
        }
    }

    private void expire(Deque<Instant> recent, Instant now) {
        Instant horizon = now.minus(Duration.ofSeconds(windowSeconds));
        while (!recent.isEmpty() && recent.peekFirst().isBefore(horizon)) {
            recent.removeFirst();
        }
    }
}
