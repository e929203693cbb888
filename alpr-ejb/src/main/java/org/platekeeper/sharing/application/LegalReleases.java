package org.platekeeper.sharing.application;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.platekeeper.audit.domain.AuditOutcome;
import org.platekeeper.audit.domain.AuditableAction;
import org.platekeeper.policy.domain.PolicyProfile;
import org.platekeeper.retention.application.EvidencePackage;
import org.platekeeper.retention.domain.HoldStatus;
import org.platekeeper.retention.domain.LegalHold;
import org.platekeeper.retention.domain.RetentionRepository;
import org.platekeeper.retention.domain.RetentionStore;
import org.platekeeper.retention.domain.RetentionStore.HeldRead;
import org.platekeeper.shared.application.ConflictException;
import org.platekeeper.shared.application.InvalidRequestException;
import org.platekeeper.shared.application.PolicyViolationException;
import org.platekeeper.shared.application.RequestOrigin;
import org.platekeeper.shared.application.UnknownItemException;
import org.platekeeper.shared.domain.Role;
import org.platekeeper.sharing.domain.Dissemination;
import org.platekeeper.sharing.domain.LegalRelease;
import org.platekeeper.sharing.domain.ReleaseStatus;
import org.platekeeper.sharing.domain.SharingRepository;

/**
 * Releases required by law (PC-C4): the only export of plate data to anyone outside the department besides a
 * partner agency's agreement. A release names the legal hold whose reads it covers, its recipient, its legal basis
 * and the document's reference; a supervisor other than the person who entered it approves it; each production of
 * its package is a dissemination record and an audit event.
 */
@Stateless
@RolesAllowed({Role.Names.RECORDS_CLERK, Role.Names.INVESTIGATOR, Role.Names.SUPERVISOR})
public class LegalReleases {

    @Inject
    SharingRepository sharing;

    @Inject
    RetentionRepository holds;

    @Inject
    RetentionStore store;

    @Inject
    PolicyProfile policy;

    @Inject
    Event<AuditableAction> audit;

    @Inject
    Instance<RequestOrigin> origin;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    public List<ReleaseView> releases() {
        return sharing.releases().stream().map(ReleaseView::of).toList();
    }

    /** The active legal holds a release may cover: their ids and case numbers, not their reads. */
    public List<HoldChoice> releasableHolds() {
        return holds.holds(500).stream().filter(h -> h.status() == HoldStatus.ACTIVE)
                .map(h -> new HoldChoice(h.id(), h.caseNumber(), h.legalBasis().name())).toList();
    }

    /** An active legal hold as offered for a release. */
    public record HoldChoice(UUID id, String caseNumber, String legalBasis) {
    }

    public ReleaseView request(@NotNull @Valid NewRelease request) {
        LegalHold hold = activeHold(request.holdId());
        LegalRelease release;
        try {
            release = LegalRelease.request(hold.id(), hold.caseNumber(), request.recipient(), request.basis(),
                    request.documentReference(), request.description(), caller(), Instant.now(clock));
        } catch (IllegalArgumentException invalid) {
            throw new InvalidRequestException(invalid.getMessage());
        }
        sharing.add(release);
        record("RELEASE_REQUESTED", release, request.basis() + " " + release.documentReference() + " for "
                + release.recipient());
        return ReleaseView.of(release);
    }

    @RolesAllowed(Role.Names.SUPERVISOR)
    public ReleaseView approve(UUID id, String note) {
        return decide(id, r -> r.approve(caller(), note, Instant.now(clock)), "RELEASE_APPROVED", note);
    }

    @RolesAllowed(Role.Names.SUPERVISOR)
    public ReleaseView reject(UUID id, String note) {
        return decide(id, r -> r.reject(caller(), note, Instant.now(clock)), "RELEASE_REJECTED", note);
    }

    /** Checks that the package may be produced, before anything is sent; answers its file name. */
    public String packageFileName(UUID id) {
        return packageFileName(id, null);
    }

    /** As {@link #packageFileName(UUID)}, checking too that a passphrase given is long enough (SC-28). */
    public String packageFileName(UUID id, char[] passphrase) {
        LegalRelease release = existing(id);
        approvedWithActiveHold(release);
        requireStrongEnough(passphrase);
        return "release-" + release.caseNumber().replaceAll("[^A-Za-z0-9-]", "_") + "-" + release.id() + ".zip";
    }

    /**
     * Writes the release package: the evidence format (reads' metadata and images, chain of custody, SHA-256
     * manifest) with a release sheet naming the recipient, the legal basis and the approval.
     */
    public void writePackage(UUID id, OutputStream out) {
        writePackage(id, null, out);
    }

    /**
     * As {@link #writePackage(UUID, OutputStream)}, encrypted with AES-256 under the passphrase when one is given
     * (SC-28), for a package that leaves on a disk or by mail.
     */
    public void writePackage(UUID id, char[] passphrase, OutputStream out) {
        LegalRelease release = existing(id);
        LegalHold hold = approvedWithActiveHold(release);
        requireStrongEnough(passphrase);
        Instant now = Instant.now(clock);
        release.produced(now);
        List<HeldRead> reads = store.readsOf(hold.id());
        try (EvidencePackage evidence = new EvidencePackage(out, passphrase).reads(store, reads)) {
            evidence.text("release-sheet.txt", releaseSheet(release, reads.size(), now));
            evidence.text("chain-of-custody.txt", EvidencePackage.custody(hold, reads.size(), release.recipient(),
                    now, evidence.manifest()));
        }
        Dissemination disseminated = Dissemination.released(release, reads.size(), true, clientAddress(), now);
        sharing.add(disseminated);
        record("RELEASE_PRODUCED", release, reads.size() + " reads to " + release.recipient() + " under "
                + release.basis() + " " + release.documentReference() + "; dissemination " + disseminated.id()
                + (passphrase == null ? "" : "; encrypted (AES-256) with a passphrase"));
    }

    private static void requireStrongEnough(char[] passphrase) {
        if (passphrase != null && passphrase.length < EvidencePackage.MINIMUM_PASSPHRASE_LENGTH) {
            throw new InvalidRequestException("a package passphrase has at least "
                    + EvidencePackage.MINIMUM_PASSPHRASE_LENGTH + " characters");
        }
    }

    private String releaseSheet(LegalRelease release, int reads, Instant now) {
        return "RELEASE REQUIRED BY LAW - LICENSE PLATE READER DATA\n\n"
                + "Agency:           " + policy.agency() + "\n"
                + "Policy:           " + policy.policyTitle() + "\n"
                + "Case number:      " + release.caseNumber() + "\n"
                + "Legal basis:      " + release.basis() + "\n"
                + "Document:         " + release.documentReference() + "\n"
                + "Description:      " + release.description() + "\n"
                + "Recipient:        " + release.recipient() + "\n"
                + "Entered:          " + release.requestedBy() + ", " + release.requestedAt() + "\n"
                + "Approved:         " + release.decidedBy() + ", " + release.decidedAt() + "\n"
                + "Reads released:   " + reads + "\n"
                + "Produced:         " + now + " (production " + release.producedCount() + ")\n\n"
                + "These data are released only because the law requires it (Pryor Creek Code 5-11-1 C4). They may\n"
                + "not be sold, distributed or given to any other party. The release is recorded in the agency's\n"
                + "dissemination log and its hash-chained audit trail.\n";
    }

    private ReleaseView decide(UUID id, Consumer<LegalRelease> step, String action, String note) {
        LegalRelease release = existing(id);
        SharingRules.applied(() -> step.accept(release));
        record(action, release, note);
        return ReleaseView.of(release);
    }

    private LegalHold approvedWithActiveHold(LegalRelease release) {
        if (release.status() != ReleaseStatus.APPROVED) {
            throw new PolicyViolationException("PC-C4", "a release is produced only once a supervisor has approved "
                    + "it; this one is " + release.status().name().toLowerCase());
        }
        return activeHold(release.holdId());
    }

    private LegalHold activeHold(UUID holdId) {
        LegalHold hold = holds.hold(holdId).orElseThrow(() -> new UnknownItemException("legal hold",
                String.valueOf(holdId)));
        if (hold.status() != HoldStatus.ACTIVE) {
            throw new ConflictException("a release covers the reads of an active legal hold; this hold is "
                    + hold.status());
        }
        return hold;
    }

    private LegalRelease existing(UUID id) {
        return sharing.release(id).orElseThrow(() -> new UnknownItemException("release", String.valueOf(id)));
    }

    private void record(String action, LegalRelease release, String details) {
        audit.fire(AuditableAction.of(action, "release", release.id() + " (" + release.recipient() + ")",
                AuditOutcome.SUCCESS, details).underPurpose("case " + release.caseNumber()));
    }

    private String clientAddress() {
        return origin.isResolvable() ? origin.get().clientAddress() : null;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
