package org.platekeeper.sharing.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

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
import org.platekeeper.reads.domain.PlateNumber;
import org.platekeeper.reads.domain.ReadImage;
import org.platekeeper.reads.domain.ReadStore;
import org.platekeeper.search.domain.FoundRead;
import org.platekeeper.search.domain.PlateMatch;
import org.platekeeper.search.domain.PurposeCode;
import org.platekeeper.search.domain.ReadFinder;
import org.platekeeper.search.domain.SearchCriteria;
import org.platekeeper.shared.application.InvalidRequestException;
import org.platekeeper.shared.application.PolicyViolationException;
import org.platekeeper.shared.application.RequestOrigin;
import org.platekeeper.shared.domain.Role;
import org.platekeeper.sharing.domain.Dissemination;
import org.platekeeper.sharing.domain.DisseminationKind;
import org.platekeeper.sharing.domain.SharingAgreement;
import org.platekeeper.sharing.domain.SharingRefusal;
import org.platekeeper.sharing.domain.SharingRepository;
import org.platekeeper.sharing.domain.SharingScope;

/**
 * A partner agency's exact-plate query under its agreement (OD-R3, PC-D1, OD-X1). Only what the agreement allows
 * leaves: no partial or wildcard plates, nothing older than its reach, no more than its result and daily caps, no
 * images unless it includes them. Every answer is a dissemination record and an audit event; so is every refusal.
 */
@Stateless
@RolesAllowed(Role.Names.PARTNER)
public class PartnerQueries {

    @Inject
    SharingRepository sharing;

    @Inject
    ReadFinder finder;

    @Inject
    ReadStore reads;

    @Inject
    DisseminationLog log;

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

    public PartnerAnswer query(@NotNull @Valid PartnerQuery query) {
        SharingAgreement agreement = callersAgreement();
        Instant now = Instant.now(clock);
        String plateText = query.plate() == null ? null : query.plate().strip().toUpperCase(Locale.ROOT);
        Dissemination.Request request = new Dissemination.Request(DisseminationKind.QUERY, agreement,
                plateText == null || plateText.length() > 16 ? null : plateText, blankToNull(query.purpose()),
                blankToNull(query.caseNumber()), clientAddress());

        Optional<PurposeCode> purpose = PurposeCode.parse(query.purpose());
        Optional<SharingRefusal> refusal = agreement.refusal(SharingScope.QUERY_READS, purpose.orElse(null),
                policy, policy.today(clock));
        if (refusal.isEmpty()) {
            refusal = requestRefusal(query, plateText, purpose);
        }
        if (refusal.isEmpty() && sharing.queriesSince(agreement.id(), startOfAgencyDay()) >= agreement
                .maxQueriesPerDay()) {
            refusal = Optional.of(new SharingRefusal("OD-R3", "the agreement's cap of "
                    + agreement.maxQueriesPerDay() + " queries a day is reached"));
        }
        if (refusal.isPresent()) {
            log.refused(request, refusal.get());
            throw new PolicyViolationException(refusal.get().clause(), refusal.get().reason());
        }

        PlateNumber plate;
        try {
            plate = PlateNumber.of(plateText);
        } catch (IllegalArgumentException invalid) {
            throw new InvalidRequestException(invalid.getMessage());
        }
        SearchCriteria criteria = new SearchCriteria(plate.normalised(), PlateMatch.EXACT,
                blankToNull(query.state()) == null ? null : query.state().strip().toUpperCase(Locale.ROOT),
                agreement.oldestVisible(now), now, null, null, null, null, null);
        List<FoundRead> found = finder.find(criteria, 0, agreement.maxResults() + 1);
        boolean truncated = found.size() > agreement.maxResults();
        List<FoundRead> disclosed = truncated ? found.subList(0, agreement.maxResults()) : found;
        List<PartnerAnswer.SharedRead> shared = disclosed.stream().map(r -> shared(r, agreement.imagesIncluded()))
                .toList();

        Dissemination record = Dissemination.disclosed(new Dissemination.Request(DisseminationKind.QUERY, agreement,
                plate.normalised(), purpose.get().name(), request.caseNumber(), request.clientAddress()),
                shared.size(), agreement.imagesIncluded() && !shared.isEmpty(), now);
        sharing.add(record);
        audit.fire(new AuditableAction("PARTNER_QUERY_ANSWERED", "plate", plate.normalised(), AuditOutcome.SUCCESS,
                shared.size() + " read(s)" + (agreement.imagesIncluded() ? " with images" : "") + "; dissemination "
                        + record.id() + DisseminationLog.partnerOf(request), null,
                "case " + request.caseNumber() + " / " + purpose.get()));
        return new PartnerAnswer(record.id(), policy.agency(), plate.normalised(), shared.size(), truncated, shared);
    }

    /** What the request itself lacks or asks for that no agreement allows. */
    private static Optional<SharingRefusal> requestRefusal(PartnerQuery query, String plate,
                                                           Optional<PurposeCode> purpose) {
        if (plate == null || plate.isBlank()) {
            return Optional.of(new SharingRefusal("OD-R3", "give the exact plate asked about"));
        }
        if (plate.indexOf('?') >= 0 || plate.indexOf('*') >= 0 || plate.indexOf('%') >= 0
                || plate.indexOf('_') >= 0) {
            return Optional.of(new SharingRefusal("OD-R3", "partners may ask for exact plates only; partial and "
                    + "wildcard plates are not shared"));
        }
        if (blankToNull(query.caseNumber()) == null) {
            return Optional.of(new SharingRefusal("OD-U3", "a case number is required for every partner query"));
        }
        if (purpose.isEmpty()) {
            return Optional.of(new SharingRefusal("OD-P1", "the purpose must be one of the purpose codes "
                    + Arrays.toString(PurposeCode.values())));
        }
        return Optional.empty();
    }

    private PartnerAnswer.SharedRead shared(FoundRead read, boolean images) {
        String image = images && read.plateImage()
                ? reads.image(read.id(), read.capturedAt(), ReadImage.Kind.PLATE)
                        .map(bytes -> Base64.getEncoder().encodeToString(bytes)).orElse(null)
                : null;
        return new PartnerAnswer.SharedRead(read.id(), read.plate(), read.state(), read.capturedAt(),
                read.latitude(), read.longitude(), read.cameraName(), image);
    }

    private SharingAgreement callersAgreement() {
        UUID id = PartnerAuthentication.agreementId(session.getCallerPrincipal().getName())
                .orElseThrow(() -> new PolicyViolationException("OD-R3", "only a partner's credential may query"));
        return sharing.agreement(id).orElseThrow(() -> new PolicyViolationException("OD-R3",
                "no such sharing agreement"));
    }

    private Instant startOfAgencyDay() {
        return policy.today(clock).atStartOfDay(policy.timeZone()).toInstant();
    }

    private String clientAddress() {
        return origin.isResolvable() ? origin.get().clientAddress() : null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
