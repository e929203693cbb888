package org.platekeeper.retention.application;

import java.time.Clock;
import java.time.Instant;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.platekeeper.audit.domain.AuditOutcome;
import org.platekeeper.audit.domain.AuditableAction;
import org.platekeeper.retention.domain.PurgeRun;
import org.platekeeper.retention.domain.RetentionRepository;
import org.platekeeper.shared.application.ThisServer;

/**
 * A purge this server was stopped in the middle of is recorded as failed, with what it did: each day is purged in a
 * transaction of its own, so the days it finished stay purged, the others are untouched, and the next run purges
 * them (PC-C1). Nothing is purged twice and no run stays "running" for ever in the records.
 */
@Singleton
@Startup
@DependsOn("DatabaseBootstrap")
public class InterruptedPurges {

    @Inject
    RetentionRepository runs;

    @Inject
    ThisServer thisServer;

    @Inject
    Event<AuditableAction> audit;

    @Inject
    Clock clock;

    @PostConstruct
    void clearUp() {
        for (PurgeRun interrupted : runs.runningOn(thisServer.name())) {
            interrupted.fail("the server stopped during this purge; the days it finished stay purged and the next "
                    + "run purges the rest", Instant.now(clock));
            audit.fire(AuditableAction.of("PURGE_FAILED", "purge", interrupted.id().toString(),
                    AuditOutcome.FAILURE, "interrupted when the server stopped").by("system"));
        }
    }
}
