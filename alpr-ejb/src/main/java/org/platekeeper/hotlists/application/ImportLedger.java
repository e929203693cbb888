package org.platekeeper.hotlists.application;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.platekeeper.shared.application.ThisServer;
import org.platekeeper.audit.domain.AuditOutcome;
import org.platekeeper.audit.domain.AuditableAction;
import org.platekeeper.hotlists.domain.HotList;
import org.platekeeper.hotlists.domain.HotListFileFormat;
import org.platekeeper.hotlists.domain.HotListImport;
import org.platekeeper.hotlists.domain.HotListRepository;
import org.platekeeper.shared.application.ConflictException;
import org.platekeeper.shared.application.InvalidRequestException;
import org.platekeeper.shared.application.UnknownItemException;

/**
 * Records the start and the end of imports, each in a transaction of its own so progress is visible at once. Used
 * by the import services only; the roles are checked where an import is started.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportLedger {

    @Inject
    HotListRepository lists;

    @Inject
    Event<AuditableAction> audit;

    @Inject
    Event<HotListsChanged> changed;

    @Inject
    Clock clock;

    @Inject
    ThisServer thisServer;

    public HotListImport open(UUID listId, HotListFileFormat format, String fileName, long fileBytes,
                              String startedBy) {
        HotList list = lists.find(listId).orElseThrow(() -> new UnknownItemException("hot list",
                String.valueOf(listId)));
        if (!list.source().imported()) {
            throw new InvalidRequestException("the custom list is filled by requests, not by imports");
        }
        if (lists.imports(listId, 1).stream().anyMatch(i -> i.status() == HotListImport.Status.RUNNING)) {
            throw new ConflictException("an import into " + list.name() + " is running; wait for it to end");
        }
        HotListImport started = HotListImport.start(list, format, fileName, fileBytes, startedBy,
                Instant.now(clock));
        started.runOn(thisServer.name());
        lists.add(started);
        audit.fire(AuditableAction.of("HOTLIST_IMPORT_STARTED", "hot list", list.id() + " (" + list.name() + ")",
                AuditOutcome.SUCCESS, format + (started.fileName() == null ? "" : ", " + started.fileName()))
                .by(startedBy));
        return started;
    }

    /** Switches the list to the loaded generation; answers the generation it replaced. */
    public int activate(UUID importId, int lines, int accepted, int rejected) {
        HotListImport done = lists.findImport(importId).orElseThrow();
        HotList list = lists.find(done.listId()).orElseThrow();
        done.count(lines, accepted, rejected);
        int previous = list.activate(done.generation(), accepted, Instant.now(clock));
        audit.fire(AuditableAction.of("HOTLIST_IMPORTED", "hot list", list.id() + " (" + list.name() + ")",
                AuditOutcome.SUCCESS, lines + " lines: " + accepted + " accepted, " + rejected + " rejected")
                .by(done.startedBy()));
        // every server's index takes the new generation once this commits (this one before the import completes)
        changed.fire(new HotListsChanged("import " + importId + " of " + list.name()));
        return previous;
    }

    public void complete(UUID importId, int lines, int accepted, int rejected, String rejections) {
        lists.findImport(importId).orElseThrow().complete(lines, accepted, rejected, rejections,
                Instant.now(clock));
    }

    public void fail(UUID importId, String why, String rejections) {
        HotListImport failed = lists.findImport(importId).orElseThrow();
        failed.fail(why, rejections, Instant.now(clock));
        audit.fire(AuditableAction.of("HOTLIST_IMPORT_FAILED", "hot list", String.valueOf(failed.listId()),
                AuditOutcome.FAILURE, failed.message()).by(failed.startedBy()));
    }
}
