package org.platekeeper.sharing.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

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
import org.platekeeper.hotlists.application.HotListsChanged;
import org.platekeeper.hotlists.domain.EntryStatus;
import org.platekeeper.hotlists.domain.HotList;
import org.platekeeper.hotlists.domain.HotListEntry;
import org.platekeeper.hotlists.domain.HotListKind;
import org.platekeeper.hotlists.domain.HotListRepository;
import org.platekeeper.hotlists.domain.HotListSource;
import org.platekeeper.hotlists.domain.PlatePattern;
import org.platekeeper.policy.domain.PolicyProfile;
import org.platekeeper.shared.application.ConflictException;
import org.platekeeper.shared.application.InvalidRequestException;
import org.platekeeper.shared.application.PolicyViolationException;
import org.platekeeper.shared.application.UnknownItemException;
import org.platekeeper.shared.domain.Role;
import org.platekeeper.sharing.domain.SharingAgreement;
import org.platekeeper.sharing.domain.SharingRefusal;
import org.platekeeper.sharing.domain.SharingRepository;
import org.platekeeper.sharing.domain.SharingScope;

/**
 * A partner agency's own hot-list entries (SEND_HOT_LIST_ENTRIES, OD-R3): kept on a list of that partner, each with
 * its case number and reason (OD-H2, OD-H3), matched against our reads like any other entry. Every entry added or
 * removed is an audit event, and so is every entry refused.
 */
@Stateless
@RolesAllowed(Role.Names.PARTNER)
public class PartnerEntries {

    @Inject
    SharingRepository sharing;

    @Inject
    HotListRepository lists;

    @Inject
    PolicyProfile policy;

    @Inject
    Event<HotListsChanged> changed;

    @Inject
    Event<AuditableAction> audit;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** The entry's id, under which the partner can remove it again. */
    public long add(@NotNull @Valid PartnerEntry request) {
        SharingAgreement agreement = allowedAgreement();
        Instant now = Instant.now(clock);
        HotList list = agreement.hotListId().flatMap(lists::find).orElseGet(() -> newList(agreement, now));
        HotListEntry entry;
        try {
            entry = HotListEntry.fromPartner(list.id(), PlatePattern.of(request.plate()),
                    request.state() == null ? null : request.state().toUpperCase(Locale.ROOT), request.kind(),
                    request.reason(), request.caseNumber(), request.expiresOn(), caller(), now,
                    policy.thresholds().entryReasonMin());
        } catch (IllegalArgumentException invalid) {
            throw new InvalidRequestException(invalid.getMessage());
        }
        lists.add(entry);
        lists.add(entry.requested());
        list.countEntries(list.entryCount() + 1);
        audit.fire(AuditableAction.of("PARTNER_ENTRY_ADDED", "hot-list-entry", entry.id() + " (" + entry.plate()
                + ")", AuditOutcome.SUCCESS, "on " + list.name() + ": " + request.kind() + ", " + request.reason())
                .underPurpose("case " + request.caseNumber()));
        changed.fire(new HotListsChanged("partner entry " + entry.id()));
        return entry.id();
    }

    public void remove(long id, String note) {
        SharingAgreement agreement = allowedAgreement();
        HotListEntry entry = lists.entry(id).filter(e -> agreement.hotListId().filter(e.listId()::equals).isPresent())
                .orElseThrow(() -> new UnknownItemException("entry of this partner", String.valueOf(id)));
        if (entry.status() != EntryStatus.ACTIVE) {
            throw new ConflictException("the entry is " + entry.status() + ", not active");
        }
        lists.add(entry.remove(caller(), Instant.now(clock), note == null || note.isBlank()
                ? "removed by the partner agency" : note));
        audit.fire(AuditableAction.of("PARTNER_ENTRY_REMOVED", "hot-list-entry", entry.id() + " (" + entry.plate()
                + ")", AuditOutcome.SUCCESS, note));
        changed.fire(new HotListsChanged("partner entry removed " + id));
    }

    private HotList newList(SharingAgreement agreement, Instant now) {
        HotList list = HotList.create(agreement.partner().name() + " (partner " + agreement.partner().ori() + ")",
                HotListKind.INVESTIGATION, HotListSource.PARTNER, caller(), now);
        lists.add(list);
        agreement.keepEntriesOn(list.id());
        return list;
    }

    private SharingAgreement allowedAgreement() {
        UUID id = PartnerAuthentication.agreementId(caller())
                .orElseThrow(() -> new PolicyViolationException("OD-R3", "only a partner's credential may send entries"));
        SharingAgreement agreement = sharing.agreement(id).orElseThrow(() -> new PolicyViolationException("OD-R3",
                "no such sharing agreement"));
        Optional<SharingRefusal> refusal = agreement.refusal(SharingScope.SEND_HOT_LIST_ENTRIES, null,
                policy, policy.today(clock));
        if (refusal.isPresent()) {
            // the refused request rolls back; the record that it was refused must not go with it
            auditTrail.recordRefusal(AuditableAction.of("PARTNER_ENTRY_REFUSED", "sharing-agreement",
                    agreement.id() + " (" + agreement.partner().name() + ")", AuditOutcome.DENIED,
                    refusal.get().reason() + " (" + refusal.get().clause() + ")"));
            throw new PolicyViolationException(refusal.get().clause(), refusal.get().reason());
        }
        return agreement;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
