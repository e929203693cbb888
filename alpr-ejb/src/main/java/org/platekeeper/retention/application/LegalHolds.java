package org.platekeeper.retention.application;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

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
import org.platekeeper.policy.domain.PolicyProfile;
import org.platekeeper.retention.domain.HoldStatus;
import org.platekeeper.retention.domain.LegalHold;
import org.platekeeper.retention.domain.RetentionRepository;
import org.platekeeper.retention.domain.RetentionStore;
import org.platekeeper.retention.domain.RetentionStore.HeldRead;
import org.platekeeper.search.application.Searches;
import org.platekeeper.shared.application.ConflictException;
import org.platekeeper.shared.application.InvalidRequestException;
import org.platekeeper.shared.application.PolicyViolationException;
import org.platekeeper.shared.application.UnknownItemException;
import org.platekeeper.shared.domain.Role;

/**
 * Legal holds (PC-C2, OD-R6) and their evidence packages (PC-C3). Each request, decision, release and download is
 * an audit event; a download names its recipient.
 */
@Stateless
@RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.SUPERVISOR})
public class LegalHolds {

    public static final int MAX_READS = 10_000;
    /** Holds and evidence belong to a case (PC-C2 holds for a case, PC-C3 its evidence). */
    static final String CASE_TEAM_CLAUSE = "PC-C2";

    @Inject
    RetentionRepository holds;

    @Inject
    RetentionStore store;

    @Inject
    Searches searches;

    @Inject
    AuditTrail auditTrail;

    @Inject
    PolicyProfile policy;

    @Inject
    Event<AuditableAction> audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    public HoldView request(@NotNull @Valid HoldRequest request) {
        Set<UUID> named = new LinkedHashSet<>(request.readIds() == null ? List.of() : request.readIds());
        if (named.isEmpty() && request.searchId() == null) {
            throw new InvalidRequestException("name the reads to hold (readIds) or a search whose reads to hold");
        }
        if (named.size() > MAX_READS) {
            throw new InvalidRequestException("a hold covers at most " + MAX_READS + " reads");
        }
        String caseNumber = request.caseNumber().strip();
        Set<UUID> ids = new LinkedHashSet<>();
        if (request.searchId() != null) {
            String searchedFor = searches.caseOf(request.searchId()).orElse(null);
            if (!caseNumber.equalsIgnoreCase(String.valueOf(searchedFor))) {
                throw refused("search " + request.searchId() + " was not made under case " + caseNumber
                        + ": a hold keeps the reads a search of that case found");
            }
            ids.addAll(searches.readIds(request.searchId(), MAX_READS));
        }
        // PC-C2: a hold keeps what the case reached; a read id typed in from elsewhere must have been found
        named.removeAll(ids);
        if (!named.isEmpty()) {
            Set<UUID> reached = searches.reachedInCase(caseNumber, named, MAX_READS);
            if (reached.size() != named.size()) {
                throw refused((named.size() - reached.size()) + " of the reads were not found by a search of yours "
                        + "under case " + caseNumber + "; search for them under the case first");
            }
            ids.addAll(named);
        }
        if (ids.size() > MAX_READS) {
            throw new InvalidRequestException("a hold covers at most " + MAX_READS + " reads");
        }
        List<HeldRead> kept = store.keptReads(new ArrayList<>(ids));
        if (kept.size() != ids.size()) {
            throw new InvalidRequestException((ids.size() - kept.size()) + " of the reads are not kept (any more)");
        }
        LegalHold hold;
        try {
            hold = LegalHold.request(request.caseNumber(), request.legalBasis(), request.description(),
                    request.reviewDate(), caller(), Instant.now(clock), policy.today(clock));
        } catch (IllegalArgumentException invalid) {
            throw new InvalidRequestException(invalid.getMessage());
        }
        holds.add(hold);
        store.hold(hold.id(), kept);
        record("HOLD_REQUESTED", hold, kept.size() + " reads, " + hold.legalBasis()
                + (request.searchId() == null ? "" : ", from search " + request.searchId()));
        return HoldView.of(hold, kept.size(), policy.holdDecisionDays());
    }

    @RolesAllowed(Role.Names.SUPERVISOR)
    public HoldView approve(UUID id, String note) {
        return step(id, "HOLD_APPROVED", h -> h.approve(caller(), note, Instant.now(clock)), note);
    }

    @RolesAllowed(Role.Names.SUPERVISOR)
    public HoldView reject(UUID id, String note) {
        return step(id, "HOLD_REJECTED", h -> h.reject(caller(), note, Instant.now(clock)), note);
    }

    /** The hold's reads become purgeable at the next run if they are past retention. */
    @RolesAllowed(Role.Names.SUPERVISOR)
    public HoldView release(UUID id, String note) {
        return step(id, "HOLD_RELEASED", h -> h.release(caller(), note, Instant.now(clock)), note);
    }

    @RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.SUPERVISOR, Role.Names.AUDITOR})
    public List<HoldView> holds() {
        return holds.holds(200).stream().map(h -> HoldView.of(h, store.readsOf(h.id()).size(),
                policy.holdDecisionDays())).toList();
    }

    @RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.SUPERVISOR, Role.Names.AUDITOR})
    public HoldView hold(UUID id) {
        LegalHold hold = existing(id);
        return HoldView.of(hold, store.readsOf(id).size(), policy.holdDecisionDays());
    }

    /**
     * Writes the evidence package of an active hold as a ZIP (PC-C3): the images, the metadata as JSON and CSV, a
     * chain-of-custody sheet, and a SHA-256 manifest of every other file. Streamed: nothing is left on disk.
     */
    public void writeEvidence(UUID id, String recipient, OutputStream out) {
        writeEvidence(id, recipient, null, out);
    }

    /** As {@link #writeEvidence(UUID, String, OutputStream)}, encrypted with the passphrase when one is given. */
    public void writeEvidence(UUID id, String recipient, char[] passphrase, OutputStream out) {
        LegalHold hold = evidenceOf(id, recipient);
        requireStrongEnough(passphrase);
        List<HeldRead> reads = store.readsOf(id);
        int files;
        try (EvidencePackage evidence = new EvidencePackage(out, passphrase).reads(store, reads)) {
            evidence.text("chain-of-custody.txt", EvidencePackage.custody(hold, reads.size(), recipient.strip(),
                    Instant.now(clock), evidence.manifest()));
            files = evidence.manifest().size();
        }
        record("EVIDENCE_EXPORTED", hold, reads.size() + " reads to " + recipient.strip() + "; manifest of "
                + files + " files" + (passphrase == null ? "" : "; encrypted (AES-256) with a passphrase"));
    }

    /**
     * Checks that an evidence package can be produced, before anything is sent; answers its file name.
     */
    public String evidenceFileName(UUID id, String recipient) {
        return evidenceFileName(id, recipient, null);
    }

    public String evidenceFileName(UUID id, String recipient, char[] passphrase) {
        LegalHold hold = evidenceOf(id, recipient);
        requireStrongEnough(passphrase);
        return "evidence-" + hold.caseNumber().replaceAll("[^A-Za-z0-9-]", "_") + "-" + hold.id() + ".zip";
    }

    private LegalHold evidenceOf(UUID id, String recipient) {
        LegalHold hold = existing(id);
        if (!onCaseTeam(hold)) {
            auditTrail.recordRefusal(AuditableAction.of("EVIDENCE_EXPORTED", "legal hold", hold.id().toString(),
                    AuditOutcome.DENIED, "not the requester, a supervisor nor on the case team")
                    .underPurpose("case " + hold.caseNumber()));
            throw new PolicyViolationException(CASE_TEAM_CLAUSE, "an evidence package goes to the case team: the "
                    + "hold's requester, a supervisor, or an investigator who searched under case " + hold.caseNumber());
        }
        if (hold.status() != HoldStatus.ACTIVE) {
            throw new ConflictException("an evidence package is produced for an active hold; this one is "
                    + hold.status());
        }
        if (recipient == null || recipient.isBlank()) {
            throw new InvalidRequestException("name the recipient of the evidence package");
        }
        return hold;
    }

    private static void requireStrongEnough(char[] passphrase) {
        if (passphrase != null && passphrase.length < EvidencePackage.MINIMUM_PASSPHRASE_LENGTH) {
            throw new InvalidRequestException("an evidence passphrase has at least "
                    + EvidencePackage.MINIMUM_PASSPHRASE_LENGTH + " characters");
        }
    }

    /** The requester, a supervisor, or an investigator who searched under the hold's case. */
    private boolean onCaseTeam(LegalHold hold) {
        return session.isCallerInRole(Role.Names.SUPERVISOR) || hold.requestedBy().equals(caller())
                || searches.searchedUnderCase(hold.caseNumber());
    }

    /** A refused hold request, recorded though the request's transaction rolls back. */
    private PolicyViolationException refused(String why) {
        auditTrail.recordRefusal(AuditableAction.of("HOLD_REQUESTED", "legal hold", null, AuditOutcome.DENIED, why));
        return new PolicyViolationException(CASE_TEAM_CLAUSE, why);
    }

    private HoldView step(UUID id, String action, Consumer<LegalHold> change, String note) {
        LegalHold hold = existing(id);
        try {
            change.accept(hold);
        } catch (IllegalStateException wrongState) {
            throw new ConflictException(wrongState.getMessage());
        } catch (IllegalArgumentException invalid) {
            throw new InvalidRequestException(invalid.getMessage());
        }
        record(action, hold, note);
        return HoldView.of(hold, store.readsOf(id).size(), policy.holdDecisionDays());
    }

    private LegalHold existing(UUID id) {
        return holds.hold(id).orElseThrow(() -> new UnknownItemException("legal hold", String.valueOf(id)));
    }

    private void record(String action, LegalHold hold, String details) {
        audit.fire(AuditableAction.of(action, "legal hold", hold.id().toString(), AuditOutcome.SUCCESS, details)
                .underPurpose("case " + hold.caseNumber()));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
