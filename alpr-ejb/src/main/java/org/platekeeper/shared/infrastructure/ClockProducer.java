package org.platekeeper.shared.infrastructure;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** One clock for the whole application, so rules that depend on time can be tested with a fixed one. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    Clock systemClock() {
        return Clock.systemUTC();
    }
}
