package org.platekeeper.reporting.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import org.platekeeper.shared.application.ThisServer;

/**
 * Reports whose making stopped with the server are made again under the same id, so the clerk who ordered one gets
 * it without ordering it twice: those this server was making, and those queued a while ago that no server began.
 */
@Singleton
@Startup
@DependsOn("DatabaseBootstrap")
public class InterruptedReports {

    private static final Logger LOG = Logger.getLogger(InterruptedReports.class.getName());
    /** A report queued this recently may be about to begin on the server that queued it. */
    private static final Duration QUEUED_LONG_AGO = Duration.ofMinutes(1);

    @Inject
    ReportGenerator generator;

    @Inject
    ThisServer thisServer;

    @Inject
    Clock clock;

    @PostConstruct
    void takeUp() {
        List<UUID> again = generator.requeueInterrupted(thisServer.name(), Instant.now(clock).minus(QUEUED_LONG_AGO));
        if (!again.isEmpty()) {
            LOG.info(() -> "Making again " + again.size() + " reports that were interrupted when a server stopped");
        }
        again.forEach(generator::generate);
    }
}
