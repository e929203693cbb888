package org.platekeeper.hotlists.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
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

import org.platekeeper.audit.application.AuditTrail;
import org.platekeeper.audit.domain.AuditOutcome;
import org.platekeeper.audit.domain.AuditableAction;
import org.platekeeper.hotlists.domain.EntryHistory;
import org.platekeeper.hotlists.domain.EntryStatus;
import org.platekeeper.hotlists.domain.HotListEntry;
import org.platekeeper.hotlists.domain.HotListRepository;
import org.platekeeper.hotlists.domain.PlatePattern;
import org.platekeeper.policy.domain.CaseReference;
import org.platekeeper.policy.domain.PolicyProfile;
import org.platekeeper.reads.domain.Jurisdiction;
import org.platekeeper.shared.application.ConflictException;
import org.platekeeper.search.domain.ProhibitedPurposes;
import org.platekeeper.search.domain.PurposeCode;
import org.platekeeper.shared.application.InvalidRequestException;
import org.platekeeper.shared.application.PolicyViolationException;
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
    AuditTrail auditTrail;

    @Inject
    Event<AuditableAction> audit;

    @Inject
    Event<HotListsChanged> changed;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    public EntryView request(@NotNull @Valid EntryRequest request) {
        String purpose = screen(request);
        HotListEntry entry;
        try {
            if (request.expiresOn() != null && request.expiresOn().isBefore(today())) {
                throw new IllegalArgumentException("expiresOn is in the past");
            }
            entry = HotListEntry.request(PlatePattern.of(request.plate()), Jurisdiction.normalise(request.state()),
                    request.kind(), request.reason(), request.caseNumber(), request.cadEvent(), purpose,
                    request.vehicle(), request.expiresOn(), caller(), Instant.now(clock),
                    policy.thresholds().entryReasonMin());
        } catch (IllegalArgumentException invalid) {
            throw new InvalidRequestException(invalid.getMessage());
        }
        lists.add(entry);
        lists.add(entry.requested());
        record("HOTLIST_ENTRY_REQUESTED", entry, "kind=" + entry.kind() + ", reason: " + entry.reason());
        return view(entry);
    }

    /**
     * The same rules as a search's justification (OD-P1, OD-P2, PC-B4, OD-X1, PC-B1): nothing the officer writes may
     * name protected activity, a protected class or personal use; the purpose is one of the policy's codes; a case
     * number or CAD event is a real one. A refusal under a clause is recorded in a transaction of its own.
     *
     * @return the purpose code's name, or null when none was given
     */
    private String screen(EntryRequest request) {
        for (String text : new String[] {request.reason(), request.purpose(), request.caseNumber(),
                request.cadEvent(), request.vehicle()}) {
            ProhibitedPurposes.named(text).ifPresent(term -> {
                String why = "a hot-list entry may not be justified by " + term.names();
                auditTrail.recordRefusal(AuditableAction.of("HOTLIST_ENTRY_REFUSED", "hot-list entry", null,
                        AuditOutcome.DENIED, why + " (" + term.clause() + ")").by(caller()));
                throw new PolicyViolationException(term.clause(), why);
            });
        }
        CaseReference references = policy.caseReferences();
        for (String[] reference : new String[][] {{request.caseNumber(), "case number"},
                {request.cadEvent(), "CAD event"}}) {
            if (reference[0] != null && !reference[0].isBlank()) {
                references.problem(reference[0], reference[1], reference[1].equals("case number"))
                        .ifPresent(problem -> {
                            throw new InvalidRequestException(problem);
                        });
            }
        }
        if (request.purpose() == null || request.purpose().isBlank()) {
            return null;
        }
        return PurposeCode.parse(request.purpose()).map(PurposeCode::name).orElseThrow(() ->
                new InvalidRequestException("purpose '" + request.purpose().strip() + "' is not one of the policy's "
                        + "purposes: " + Arrays.toString(PurposeCode.values())));
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
        return listed("awaiting approval", views(lists.customEntries(EntryStatus.REQUESTED, QUEUE_LIMIT)));
    }

    /** Active entries whose review is due within a week or overdue (OD-H4). */
    @RolesAllowed(Role.Names.SUPERVISOR)
    public List<EntryView> reviewDue() {
        return listed("review due",
                views(lists.reviewDueBy(today().plusDays(policy.thresholds().reviewNoticeDays()))));
    }

    public List<EntryView> active() {
        return listed("active", views(lists.customEntries(EntryStatus.ACTIVE, QUEUE_LIMIT)));
    }

    public List<EntryView> mine() {
        return listed("requested by me", views(lists.customEntriesRequestedBy(caller(), QUEUE_LIMIT)));
    }

    public EntryView entry(long id) {
        EntryView entry = view(existing(id));
        audit.fire(AuditableAction.of("HOTLIST_ENTRY_VIEWED", "hot-list entry", id + " (" + entry.plate() + ")",
                AuditOutcome.SUCCESS, null));
        return entry;
    }

    /** AU-2: each list of entries shows plates and reasons, so each look is recorded, with how many. */
    private List<EntryView> listed(String which, List<EntryView> shown) {
        audit.fire(AuditableAction.of("CUSTOM_ENTRIES_LISTED", "custom entries", which, AuditOutcome.SUCCESS,
                shown.size() + " entries shown"));
        return shown;
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
