package org.platekeeper.hotlists.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.platekeeper.hotlists.domain.HotListEntryStore;
import org.platekeeper.hotlists.domain.HotListIndex;
import org.platekeeper.policy.domain.PolicyProfile;
import org.platekeeper.shared.application.ServerSignal;
import org.platekeeper.shared.application.ServerSignals;

/**
 * Matches reads against every active hot-list entry, in memory. The index is rebuilt from the database at start
 * and after every change of the lists; a rebuild happens beside the index in use and replaces it in one step, so
 * matching never stops and never sees a list half loaded. Requests for a rebuild that arrive while one runs are
 * served by a single further rebuild. Servers sharing the database rebuild for each other's changes too: the change
 * is announced in its own transaction ({@link ServerSignals}), so every server's index holds it within moments of
 * the commit, and after a lost connection each rebuilds from scratch.
 */
@Singleton
@Startup
@DependsOn("DatabaseBootstrap")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class HotListMatcher {

    private static final Logger LOG = Logger.getLogger(HotListMatcher.class.getName());

    @Inject
    HotListEntryStore store;

    @Inject
    PolicyProfile policy;

    @Inject
    Clock clock;

    @Inject
    ServerSignals otherServers;

    static final String SIGNAL = "hotlists";

    @Inject
    @ConfigProperty(name = "ALPR_MATCH_OCR_SIMILAR", defaultValue = "true")
    boolean ocrSimilar;

    private final AtomicLong requested = new AtomicLong();
    private final ReentrantLock building = new ReentrantLock();
    private long built;
    private volatile Snapshot current = new Snapshot(HotListIndex.empty(), null, 0);

    /** The index in use, when it was built and how long that took. */
    private record Snapshot(HotListIndex index, Instant builtAt, long buildMillis) {
    }

    @PostConstruct
    void start() {
        rebuild();
    }

    /** The entries a read matches; microseconds, no database. */
    public List<HotListIndex.Match> match(String plate, String state) {
        return current.index().match(plate, state);
    }

    public IndexStatus status() {
        Snapshot s = current;
        return new IndexStatus(s.index().size(), s.index().wildcardEntries(), ocrSimilar, s.builtAt(),
                s.buildMillis());
    }

    /** Rebuilds after the change that fired the event has committed; the caller waits, so it sees the result. */
    public void onListsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) HotListsChanged change) {
        rebuild();
    }

    /** Announces the change in its transaction, so the other servers rebuild once it has committed. */
    public void announce(@Observes(during = TransactionPhase.IN_PROGRESS) HotListsChanged change) {
        otherServers.send(SIGNAL, change.why() == null ? "" : change.why());
    }

    /** Another server changed the lists, or this one may have missed such a change. */
    public void onChangedElsewhere(@Observes ServerSignal signal) {
        if (signal.isOrResync(SIGNAL)) {
            rebuild();
        }
    }

    public void rebuild() {
        long wanted = requested.incrementAndGet();
        building.lock();
        try {
            if (built >= wanted) {
                return; // a rebuild that started after this request already covers it
            }
            long covers = requested.get();
            long started = System.nanoTime();
            List<HotListIndex.Entry> entries = new ArrayList<>();
            store.forEachActive(policy.today(clock), entries::add);
            HotListIndex index = HotListIndex.build(entries, ocrSimilar);
            long millis = (System.nanoTime() - started) / 1_000_000;
            current = new Snapshot(index, Instant.now(clock), millis);
            built = covers;
            LOG.info(() -> "Hot-list index rebuilt: " + index.size() + " entries (" + index.wildcardEntries()
                    + " partial plates) in " + millis + " ms");
        } finally {
            building.unlock();
        }
    }

    /** What the index holds, for the console and operations. */
    public record IndexStatus(int entries, int partialPlates, boolean ocrSimilarMatching, Instant builtAt,
                              long buildMillis) {
    }
}
