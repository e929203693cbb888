package org.platekeeper.sharing.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

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
import org.platekeeper.shared.application.ConflictException;
import org.platekeeper.shared.application.InvalidRequestException;
import org.platekeeper.shared.domain.Role;
import org.platekeeper.sharing.domain.Ori;
import org.platekeeper.sharing.domain.PartnerAgency;
import org.platekeeper.sharing.domain.SharingRepository;

/** The register of partner agencies, kept by administrators (OD-AD1, OD-R3). Every change is audited. */
@Stateless
@RolesAllowed(Role.Names.ADMINISTRATOR)
public class PartnerAgencies {

    @Inject
    SharingRepository sharing;

    @Inject
    Event<AuditableAction> audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @RolesAllowed({Role.Names.ADMINISTRATOR, Role.Names.SUPERVISOR, Role.Names.AUDITOR})
    public List<PartnerView> partners() {
        return sharing.partners().stream().map(PartnerView::of).toList();
    }

    public PartnerView register(@NotNull @Valid NewPartner request) {
        PartnerAgency partner;
        try {
            Ori ori = Ori.parse(request.ori());
            if (sharing.oriTaken(ori)) {
                throw new ConflictException("a partner with ORI " + ori + " is already registered");
            }
            partner = new PartnerAgency(request.name(), ori, request.type(), request.state(), request.federal(),
                    request.contact(), session.getCallerPrincipal().getName(), Instant.now(clock));
        } catch (IllegalArgumentException invalid) {
            throw new InvalidRequestException(invalid.getMessage());
        }
        sharing.add(partner);
        audit.fire(AuditableAction.of("PARTNER_REGISTERED", "partner", partner.id() + " (" + partner.name() + ")",
                AuditOutcome.SUCCESS, "ori=" + partner.ori() + ", type=" + partner.type()));
        return PartnerView.of(partner);
    }
}
