package org.platekeeper.hotlists.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.platekeeper.audit.domain.AuditOutcome;
import org.platekeeper.audit.domain.AuditableAction;
import org.platekeeper.hotlists.domain.EntryHistory;
import org.platekeeper.hotlists.domain.EntryStatus;
import org.platekeeper.hotlists.domain.HotListEntry;
import org.platekeeper.hotlists.domain.HotListRepository;
import org.platekeeper.hotlists.domain.PlatePattern;
import org.platekeeper.policy.domain.PolicyProfile;
import org.platekeeper.reads.domain.Jurisdiction;
import org.platekeeper.shared.application.ConflictException;
import org.platekeeper.shared.application.InvalidRequestException;
import org.platekeeper.shared.application.UnknownItemException;
import org.platekeeper.shared.domain.Role;

/**
 * Custom hot-list entries (OD-H1..H4): officers request them, a different supervisor approves or rejects them,
 * supervisors review them before the policy's review interval runs out, and anyone entitled removes them when they
 * are no longer needed. Every step is kept in the entry's history and in the audit trail.
 */
@Stateless
@RolesAllowed({Role.Names.OFFICER, Role.Names.INVESTIGATOR, Role.Names.SUPERVISOR})
public class CustomEntries {

    private static final int QUEUE_LIMIT = 500;

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

    @Resource
    SessionContext session;

    public EntryView request(@NotNull @Valid EntryRequest request) {
        HotListEntry entry;
        try {
            if (request.expiresOn() != null && request.expiresOn().isBefore(today())) {
                throw new IllegalArgumentException("expiresOn is in the past");
            }
            entry = HotListEntry.request(PlatePattern.of(request.plate()), Jurisdiction.normalise(request.state()),
                    request.kind(), request.reason(), request.caseNumber(), request.cadEvent(), request.purpose(),
                    request.vehicle(), request.expiresOn(), caller(), Instant.now(clock));
        } catch (IllegalArgumentException invalid) {
            throw new InvalidRequestException(invalid.getMessage());
        }
        lists.add(entry);
        lists.add(entry.requested());
        record("HOTLIST_ENTRY_REQUESTED", entry, "kind=" + entry.kind() + ", reason: " + entry.reason());
        return view(entry);
    }

    @RolesAllowed(Role.Names.SUPERVISOR)
    public EntryView approve(long id, Decision decision) {
        LocalDate reviewDue = today().plusDays(policy.hotListReviewDays());
        return decide(id, "HOTLIST_ENTRY_APPROVED",
                e -> e.approve(caller(), Instant.now(clock), reviewDue, note(decision)), true);
    }

    @RolesAllowed(Role.Names.SUPERVISOR)
    public EntryView reject(long id, Decision decision) {
        return decide(id, "HOTLIST_ENTRY_REJECTED", e -> e.reject(caller(), Instant.now(clock), note(decision)),
                false);
    }

    /** OD-H4: a supervisor confirms the entry is still needed; it stays until the next review date. */
    @RolesAllowed(Role.Names.SUPERVISOR)
    public EntryView review(long id, Decision decision) {
        LocalDate nextDue = today().plusDays(policy.hotListReviewDays());
        return decide(id, "HOTLIST_ENTRY_REVIEWED",
                e -> e.review(caller(), Instant.now(clock), nextDue, note(decision)), false);
    }

    /** Removal by a supervisor, or by the officer who requested the entry; the history stays. */
    public EntryView remove(long id, Decision decision) {
        HotListEntry entry = existing(id);
        if (!session.isCallerInRole(Role.Names.SUPERVISOR) && !caller().equals(entry.requestedBy())) {
            throw new jakarta.ejb.EJBAccessException("only a supervisor or the requester removes an entry");
        }
        return decide(id, "HOTLIST_ENTRY_REMOVED", e -> e.remove(caller(), Instant.now(clock), note(decision)),
                true);
    }

    @RolesAllowed(Role.Names.SUPERVISOR)
    public List<EntryView> awaitingApproval() {
        return views(lists.customEntries(EntryStatus.REQUESTED, QUEUE_LIMIT));
    }

    /** Active entries whose review is due within a week or overdue (OD-H4). */
    @RolesAllowed(Role.Names.SUPERVISOR)
    public List<EntryView> reviewDue() {
        return views(lists.reviewDueBy(today().plusDays(7)));
    }

    public List<EntryView> active() {
        return views(lists.customEntries(EntryStatus.ACTIVE, QUEUE_LIMIT));
    }

    public List<EntryView> mine() {
        return views(lists.customEntriesRequestedBy(caller(), QUEUE_LIMIT));
    }

    public EntryView entry(long id) {
        return view(existing(id));
    }

    public List<HistoryView> history(long id) {
        existing(id);
        return lists.history(id).stream().map(h -> new HistoryView(h.at(), h.actor(), h.action(), h.note()))
                .toList();
    }

    private EntryView decide(long id, String action, Function<HotListEntry, EntryHistory> step,
                             boolean changesMatching) {
        HotListEntry entry = existing(id);
        EntryHistory history;
        try {
            history = step.apply(entry);
        } catch (IllegalStateException wrongState) {
            throw new ConflictException(wrongState.getMessage());
        } catch (IllegalArgumentException invalid) {
            throw new InvalidRequestException(invalid.getMessage());
        }
        lists.add(history);
        record(action, entry, history.note());
        if (changesMatching) {
            changed.fire(new HotListsChanged(action + " " + id));
        }
        return view(entry);
    }

    private HotListEntry existing(long id) {
        return lists.entry(id).filter(e -> e.listId().equals(org.platekeeper.hotlists.domain.HotList.CUSTOM_ENTRIES))
                .orElseThrow(() -> new UnknownItemException("custom hot-list entry", String.valueOf(id)));
    }

    private void record(String action, HotListEntry entry, String details) {
        audit.fire(AuditableAction.of(action, "hot-list entry", entry.id() + " (" + entry.plate() + ")",
                AuditOutcome.SUCCESS, details).underPurpose(purposeOf(entry)));
    }

    private static String purposeOf(HotListEntry entry) {
        if (entry.caseNumber() != null) {
            return "case " + entry.caseNumber();
        }
        return entry.cadEvent() != null ? "CAD " + entry.cadEvent() : entry.purpose();
    }

    private List<EntryView> views(List<HotListEntry> entries) {
        LocalDate today = today();
        return entries.stream().map(e -> EntryView.of(e, today)).toList();
    }

    private EntryView view(HotListEntry entry) {
        return EntryView.of(entry, today());
    }

    private static String note(Decision decision) {
        return decision == null ? null : decision.note();
    }

    private LocalDate today() {
        return policy.today(clock);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
