package org.platekeeper.retention.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.platekeeper.policy.domain.PolicyProfile;
import org.platekeeper.retention.domain.PurgeRun;
import org.platekeeper.shared.application.ScheduledRuns;

/**
 * The daily purge: a persistent EJB calendar timer at {@code ALPR_PURGE_HOUR} (agency time), so it survives
 * restarts; with servers sharing the database, each day's run is claimed first, so it runs on one of them. The hour comes from configuration, which
 * {@code @Schedule} cannot read, so the timer is created here and re-created when the hour changes.
 */
@Singleton
@Startup
@DependsOn("DatabaseBootstrap")
public class PurgeSchedule {

    static final String INFO = "platekeeper daily purge";
    private static final Logger LOG = Logger.getLogger(PurgeSchedule.class.getName());

    @Resource
    TimerService timers;

    @Inject
    PurgeEngine engine;

    @Inject
    PolicyProfile policy;

    @Inject
    ScheduledRuns runs;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "ALPR_PURGE_HOUR", defaultValue = "3")
    int hour;

    @PostConstruct
    void schedule() {
        ScheduleExpression expression = new ScheduleExpression().hour(hour).minute(15).second(0)
                .timezone(policy.timeZone().getId());
        for (Timer existing : timers.getTimers()) {
            if (INFO.equals(existing.getInfo())) {
                if (existing.getSchedule().getHour().equals(String.valueOf(hour))
                        && policy.timeZone().getId().equals(existing.getSchedule().getTimezone())) {
                    return;
                }
                existing.cancel();
            }
        }
        timers.createCalendarTimer(expression, new TimerConfig(INFO, true));
        LOG.info(() -> "Daily purge scheduled at " + hour + ":15 " + policy.timeZone());
    }

    @Timeout
    void purge(Timer timer) {
        if (runs.claim("purge", policy.today(clock).toString())) {
            runScheduled();
        } else {
            LOG.info("Today's purge has already run on another server sharing the database");
        }
    }

    /** What the timer does: a scheduled purge under the active profile. */
    public PurgeRunView runScheduled() {
        return engine.run(policy, PurgeRun.Trigger.SCHEDULED, "system");
    }

    /** When the next scheduled purge runs. */
    public Optional<Instant> nextRun() {
        return timers.getTimers().stream().filter(t -> INFO.equals(t.getInfo())).findFirst()
                .map(t -> t.getNextTimeout().toInstant());
    }
}
