package org.platekeeper.hotlists.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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
import org.platekeeper.hotlists.domain.HotList;
import org.platekeeper.hotlists.domain.HotListEntry;
import org.platekeeper.hotlists.domain.HotListRepository;
import org.platekeeper.policy.domain.PolicyProfile;
import org.platekeeper.shared.application.ConflictException;
import org.platekeeper.shared.application.InvalidRequestException;
import org.platekeeper.shared.application.PolicyViolationException;
import org.platekeeper.shared.application.UnknownItemException;
import org.platekeeper.shared.domain.Role;

/**
 * The hot lists and their entries. Anyone who works with alerts may see which lists exist; the entries of lists
 * from state and federal files only the roles cleared for them (PC-B3). Looking at entries is audited.
 */
@Stateless
@RolesAllowed({Role.Names.ADMINISTRATOR, Role.Names.OFFICER, Role.Names.INVESTIGATOR, Role.Names.SUPERVISOR,
        Role.Names.AUDITOR, Role.Names.COMMAND_STAFF})
public class HotLists {

    public static final int MAX_ENTRIES_SHOWN = 500;

    @Inject
    HotListRepository lists;

    @Inject
    HotListMatcher matcher;

    @Inject
    PolicyProfile policy;

    @Inject
    Event<AuditableAction> audit;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    public List<HotListView> lists() {
        return lists.lists().stream().map(HotListView::of).toList();
    }

    public HotListView list(UUID id) {
        return HotListView.of(existing(id));
    }

    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public HotListView create(@NotNull @Valid NewHotList request) {
        if (lists.nameTaken(request.name())) {
            throw new ConflictException("a list named '" + request.name().strip() + "' exists already");
        }
        HotList list;
        try {
            list = HotList.create(request.name(), request.kind(), request.source(), caller(), Instant.now(clock));
        } catch (IllegalArgumentException invalid) {
            throw new InvalidRequestException(invalid.getMessage());
        }
        lists.add(list);
        audit.fire(AuditableAction.of("HOTLIST_CREATED", "hot list", list.id() + " (" + list.name() + ")",
                AuditOutcome.SUCCESS, "kind=" + list.kind() + ", source=" + list.source()));
        return HotListView.of(list);
    }

    /**
     * Active entries of a list, plates starting with the prefix, at most {@value #MAX_ENTRIES_SHOWN}. Refused to
     * roles not cleared for a confidential list, and the refusal is audited as well as the look (PC-B3).
     */
    public List<EntryView> entries(UUID listId, String platePrefix) {
        HotList list = existing(listId);
        if (!list.visibleTo(callerRoles())) {
            auditTrail.recordRefusal(AuditableAction.of("HOTLIST_ENTRIES_VIEWED", "hot list", list.id() + " ("
                    + list.name() + ")", AuditOutcome.DENIED, "not cleared for " + list.source() + " data (PC-B3)")
                    .by(caller()));
            throw new PolicyViolationException("PC-B3", "the entries of " + list.name() + " come from "
                    + list.source() + " files and are shown only to officers, investigators and supervisors");
        }
        String prefix = platePrefix == null ? "" : platePrefix.strip().toUpperCase(Locale.ROOT)
                .replaceAll("[^A-Z0-9]", "");
        LocalDate today = policy.today(clock);
        List<HotListEntry> found = lists.activeEntries(list, prefix, MAX_ENTRIES_SHOWN);
        audit.fire(AuditableAction.of("HOTLIST_ENTRIES_VIEWED", "hot list", list.id() + " (" + list.name() + ")",
                AuditOutcome.SUCCESS, found.size() + " entries" + (prefix.isEmpty() ? "" : ", plate prefix "
                        + prefix)));
        return found.stream().map(e -> EntryView.of(e, today)).toList();
    }

    public HotListMatcher.IndexStatus index() {
        return matcher.status();
    }

    private HotList existing(UUID id) {
        return lists.find(id).orElseThrow(() -> new UnknownItemException("hot list", String.valueOf(id)));
    }

    private Set<Role> callerRoles() {
        return Arrays.stream(Role.values()).filter(r -> session.isCallerInRole(r.name())).collect(Collectors.toSet());
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
