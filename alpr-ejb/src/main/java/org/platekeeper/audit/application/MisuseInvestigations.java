package org.platekeeper.audit.application;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.platekeeper.audit.domain.AuditFinding;
import org.platekeeper.audit.domain.AuditOutcome;
import org.platekeeper.audit.domain.AuditableAction;
import org.platekeeper.audit.domain.MisuseCase;
import org.platekeeper.audit.domain.MisuseRepository;
import org.platekeeper.shared.application.ConflictException;
import org.platekeeper.shared.application.InvalidRequestException;
import org.platekeeper.shared.application.UnknownItemException;
import org.platekeeper.shared.domain.Role;

/**
 * Findings and misuse cases (PC-E1, OD-AD4): an auditor records what the trail shows, and opens a case from
 * findings that point to misuse, which then moves to referral or closure with its outcome. All of it is audited.
 */
@Stateless
@RolesAllowed(Role.Names.AUDITOR)
public class MisuseInvestigations {

    @Inject
    MisuseRepository misuse;

    @Inject
    Event<AuditableAction> audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** What an auditor records. */
    public record NewFinding(@Size(max = 32) String kind, @Size(max = 64) String subjectUser, UUID searchId,
                             Long auditSequence, @NotBlank @Size(max = 2000) String summary) {
    }

    public record NewMisuseCase(@NotBlank @Size(max = 2000) String summary,
                                @NotNull @Size(min = 1) List<UUID> findingIds) {
    }

    public record CaseUpdate(@NotNull MisuseCase.Status status, @Size(max = 2000) String outcome) {
    }

    public record FindingView(UUID id, String kind, String subjectUser, UUID searchId, Long auditSequence,
                              String summary, String recordedBy, Instant recordedAt, UUID misuseCaseId) {
        static FindingView of(AuditFinding f) {
            return new FindingView(f.id(), f.kind(), f.subjectUser(), f.searchId(), f.auditSequence(), f.summary(),
                    f.recordedBy(), f.recordedAt(), f.misuseCaseId());
        }
    }

    public record CaseView(UUID id, String reference, String summary, MisuseCase.Status status, String outcome,
                           String openedBy, Instant openedAt, Instant updatedAt, List<FindingView> findings) {
    }

    public FindingView record(@NotNull @Valid NewFinding request) {
        AuditFinding finding;
        try {
            finding = AuditFinding.record(request.kind(), request.subjectUser(), request.searchId(),
                    request.auditSequence(), request.summary(), caller(), Instant.now(clock));
        } catch (IllegalArgumentException invalid) {
            throw new InvalidRequestException(invalid.getMessage());
        }
        misuse.add(finding);
        audit.fire(AuditableAction.of("AUDIT_FINDING_RECORDED", "finding", finding.id().toString(),
                AuditOutcome.SUCCESS, finding.kind() + (finding.subjectUser() == null ? "" : " about "
                        + finding.subjectUser()) + ": " + finding.summary()));
        return FindingView.of(finding);
    }

    public List<FindingView> findings() {
        return misuse.findings(500).stream().map(FindingView::of).toList();
    }

    public CaseView open(@NotNull @Valid NewMisuseCase request) {
        Instant now = Instant.now(clock);
        int year = now.atZone(ZoneOffset.UTC).getYear();
        String reference = "MC-" + year + "-" + String.format("%04d", misuse.casesOpenedIn(year) + 1);
        MisuseCase opened;
        try {
            opened = MisuseCase.open(reference, request.summary(), caller(), now);
        } catch (IllegalArgumentException invalid) {
            throw new InvalidRequestException(invalid.getMessage());
        }
        misuse.add(opened);
        for (UUID findingId : request.findingIds()) {
            AuditFinding finding = misuse.finding(findingId)
                    .orElseThrow(() -> new UnknownItemException("finding", String.valueOf(findingId)));
            try {
                finding.linkTo(opened);
            } catch (IllegalStateException taken) {
                throw new ConflictException(taken.getMessage());
            }
        }
        audit.fire(AuditableAction.of("MISUSE_CASE_OPENED", "misuse case", reference, AuditOutcome.SUCCESS,
                request.findingIds().size() + " findings: " + opened.summary()));
        return view(opened);
    }

    public CaseView update(UUID id, @NotNull @Valid CaseUpdate update) {
        MisuseCase misuseCase = misuse.misuseCase(id)
                .orElseThrow(() -> new UnknownItemException("misuse case", String.valueOf(id)));
        try {
            misuseCase.move(update.status(), update.outcome(), Instant.now(clock));
        } catch (IllegalStateException closed) {
            throw new ConflictException(closed.getMessage());
        } catch (IllegalArgumentException invalid) {
            throw new InvalidRequestException(invalid.getMessage());
        }
        audit.fire(AuditableAction.of("MISUSE_CASE_UPDATED", "misuse case", misuseCase.reference(),
                AuditOutcome.SUCCESS, update.status() + (update.outcome() == null ? "" : ": " + update.outcome())));
        return view(misuseCase);
    }

    public List<CaseView> cases() {
        return misuse.cases(200).stream().map(this::view).toList();
    }

    private CaseView view(MisuseCase c) {
        return new CaseView(c.id(), c.reference(), c.summary(), c.status(), c.outcome(), c.openedBy(), c.openedAt(),
                c.updatedAt(), misuse.findingsOf(c.id()).stream().map(FindingView::of).toList());
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
