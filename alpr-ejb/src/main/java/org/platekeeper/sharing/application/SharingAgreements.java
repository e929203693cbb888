package org.platekeeper.sharing.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.platekeeper.audit.domain.AuditOutcome;
import org.platekeeper.audit.domain.AuditableAction;
import org.platekeeper.policy.domain.PolicyProfile;
import org.platekeeper.shared.application.UnknownItemException;
import org.platekeeper.shared.domain.Role;
import org.platekeeper.sharing.domain.PartnerAgency;
import org.platekeeper.sharing.domain.PartnerToken;
import org.platekeeper.sharing.domain.SharingAgreement;
import org.platekeeper.sharing.domain.SharingRepository;

/**
 * Information-sharing agreements (OD-R3, PC-D1): an administrator proposes, another person, a supervisor, approves;
 * either suspends at once. The partner's credential is issued once the agreement is approved. Every step is audited.
 */
@Stateless
@RolesAllowed({Role.Names.ADMINISTRATOR, Role.Names.SUPERVISOR, Role.Names.AUDITOR})
public class SharingAgreements {

    @Inject
    SharingRepository sharing;

    @Inject
    PolicyProfile policy;

    @Inject
    Event<AuditableAction> audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    public List<AgreementView> agreements() {
        LocalDate today = policy.today(clock);
        return sharing.agreements().stream().map(a -> AgreementView.of(a, today)).toList();
    }

    public AgreementView agreement(UUID id) {
        return AgreementView.of(existing(id), policy.today(clock));
    }

    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public AgreementView propose(@NotNull @Valid NewAgreement request) {
        SharingAgreement agreement = SharingRules.applied(() -> SharingAgreement.propose(partner(request.partnerId()),
                request.terms(), policy.readRetentionDays(), caller(), Instant.now(clock)));
        sharing.add(agreement);
        changed("SHARING_AGREEMENT_PROPOSED", agreement, "scopes=" + agreement.scopes() + ", purposes="
                + agreement.purposes() + ", " + agreement.validFrom() + " to " + agreement.validUntil());
        return view(agreement);
    }

    @RolesAllowed(Role.Names.SUPERVISOR)
    public AgreementView approve(UUID id, String note) {
        return step(id, a -> a.approve(caller(), note, Instant.now(clock)), "SHARING_AGREEMENT_APPROVED", note);
    }

    @RolesAllowed(Role.Names.SUPERVISOR)
    public AgreementView reject(UUID id, String note) {
        return step(id, a -> a.reject(caller(), note, Instant.now(clock)), "SHARING_AGREEMENT_REJECTED", note);
    }

    @RolesAllowed({Role.Names.ADMINISTRATOR, Role.Names.SUPERVISOR})
    public AgreementView suspend(UUID id, @NotBlank String reason) {
        return step(id, a -> a.suspend(caller(), reason, Instant.now(clock)), "SHARING_AGREEMENT_SUSPENDED",
                reason);
    }

    /** Issues the partner's credential, or a new one: the old one stops working at once. */
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public AgreementWithToken issueCredential(UUID id) {
        SharingAgreement agreement = existing(id);
        PartnerToken token = SharingRules.applied(() -> agreement.issueToken(Instant.now(clock)));
        changed("PARTNER_CREDENTIAL_ISSUED", agreement, null);
        return new AgreementWithToken(view(agreement), token.value());
    }

    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public AgreementView revokeCredential(UUID id) {
        return step(id, SharingAgreement::revokeToken, "PARTNER_CREDENTIAL_REVOKED", null);
    }

    private AgreementView step(UUID id, Consumer<SharingAgreement> change, String action, String details) {
        SharingAgreement agreement = existing(id);
        SharingRules.applied(() -> change.accept(agreement));
        changed(action, agreement, details);
        return view(agreement);
    }

    private PartnerAgency partner(UUID id) {
        return sharing.partner(id).orElseThrow(() -> new UnknownItemException("partner", String.valueOf(id)));
    }

    private SharingAgreement existing(UUID id) {
        return sharing.agreement(id).orElseThrow(() -> new UnknownItemException("sharing agreement",
                String.valueOf(id)));
    }

    private AgreementView view(SharingAgreement agreement) {
        return AgreementView.of(agreement, policy.today(clock));
    }

    private void changed(String action, SharingAgreement agreement, String details) {
        audit.fire(AuditableAction.of(action, "sharing-agreement", agreement.id() + " ("
                + agreement.partner().name() + ")", AuditOutcome.SUCCESS, details));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
