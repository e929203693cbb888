package org.platekeeper.hotlists.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.platekeeper.audit.domain.AuditOutcome;
import org.platekeeper.audit.domain.AuditableAction;
import org.platekeeper.hotlists.domain.HotListEntry;
import org.platekeeper.hotlists.domain.HotListRepository;
import org.platekeeper.policy.domain.PolicyProfile;
import org.platekeeper.shared.application.ScheduledRuns;
import org.platekeeper.shared.domain.Role;

/**
 * OD-H4: custom entries whose review lapsed, or whose own expiry date passed, stop raising alerts. Runs every
 * hour, and at least once a day it also makes the index drop imported entries that expired.
 */
@Singleton
public class EntryExpiry {

    @Inject
    HotListRepository lists;

    @Inject
    PolicyProfile policy;

    @Inject
    Event<AuditableAction> audit;

    @Inject
    Event<HotListsChanged> changed;

    @Inject
    Clock clock;

    @Inject
    ScheduledRuns runs;

    /** The agency day the index last dropped expired imported entries. */
    private LocalDate indexDay;

    @Schedule(hour = "*", minute = "7", persistent = false, info = "hot-list entry expiry")
    void hourly() {
        if (runs.claim("entry-expiry", Instant.now(clock).truncatedTo(ChronoUnit.HOURS).toString())) {
            expireLapsed(); // on one server; the others rebuild their index when it commits
        }
    }

    /** Expires every lapsed entry now rather than at the next hour; answers how many. */
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMINISTRATOR})
    public int expireLapsed() {
        LocalDate today = policy.today(clock);
        Instant now = Instant.now(clock);
        List<HotListEntry> lapsed = lists.lapsedBefore(today);
        for (HotListEntry entry : lapsed) {
            var step = entry.expire(now, today);
            lists.add(step);
            audit.fire(AuditableAction.of("HOTLIST_ENTRY_EXPIRED", "hot-list entry", entry.id() + " ("
                    + entry.plate() + ")", AuditOutcome.SUCCESS, step.note()));
        }
        if (!lapsed.isEmpty() || !today.equals(indexDay)) {
            indexDay = today;
            changed.fire(new HotListsChanged(lapsed.size() + " entries expired"));
        }
        return lapsed.size();
    }
}
