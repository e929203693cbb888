package org.platekeeper.sharing.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.platekeeper.shared.domain.TimeOrderedId;

/**
 * One disclosure of our data outside the department, or one refusal of it (OD-R3, OD-R4, PC-D1): what, to whom,
 * when, for which purpose and case, under which agreement or legal basis. Written once, never changed.
 */
@Entity
@Table(name = "dissemination")
public class Dissemination {

    public static final int REASON_MAX_LENGTH = 500;
    public static final int LEGAL_BASIS_MAX_LENGTH = 200;

    @Id
    private UUID id;

    @Column(name = "at", nullable = false, updatable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private DisseminationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, updatable = false)
    private DisseminationOutcome outcome;

    @Column(name = "agreement_id", updatable = false)
    private UUID agreementId;

    @Column(name = "partner_id", updatable = false)
    private UUID partnerId;

    @Column(name = "partner_name", updatable = false)
    private String partnerName;

    @Column(name = "plate", updatable = false)
    private String plate;

    @Column(name = "purpose", updatable = false)
    private String purpose;

    @Column(name = "case_number", updatable = false)
    private String caseNumber;

    @Column(name = "legal_basis", updatable = false, length = LEGAL_BASIS_MAX_LENGTH)
    private String legalBasis;

    @Column(name = "reads_disclosed", nullable = false, updatable = false)
    private int readsDisclosed;

    @Column(name = "images_included", nullable = false, updatable = false)
    private boolean imagesIncluded;

    @Column(name = "refusal_reason", updatable = false, length = REASON_MAX_LENGTH)
    private String refusalReason;

    @Column(name = "clause", updatable = false)
    private String clause;

    @Column(name = "client_address", updatable = false)
    private String clientAddress;

    protected Dissemination() {
    }

    /** What a partner asked for, as it will be recorded whatever the answer. */
    public record Request(DisseminationKind kind, SharingAgreement agreement, String plate, String purpose,
                          String caseNumber, String clientAddress) {
    }

    public static Dissemination disclosed(Request request, int reads, boolean images, Instant now) {
        Dissemination d = of(request, now);
        d.outcome = DisseminationOutcome.DISCLOSED;
        d.readsDisclosed = reads;
        d.imagesIncluded = images;
        return d;
    }

    public static Dissemination refused(Request request, SharingRefusal refusal, Instant now) {
        Dissemination d = of(request, now);
        d.outcome = DisseminationOutcome.REFUSED;
        String reason = refusal.reason();
        d.refusalReason = reason.length() > REASON_MAX_LENGTH ? reason.substring(0, REASON_MAX_LENGTH) : reason;
        d.clause = refusal.clause();
        return d;
    }

    /** A release required by law, produced for its recipient (PC-C4). */
    public static Dissemination released(LegalRelease release, int reads, boolean images, String clientAddress,
                                         Instant now) {
        Dissemination d = of(new Request(DisseminationKind.RELEASE, null, null, null, release.caseNumber(),
                clientAddress), now);
        d.outcome = DisseminationOutcome.DISCLOSED;
        d.partnerName = release.recipient();
        String basis = release.basis() + " " + release.documentReference();
        d.legalBasis = basis.length() > LEGAL_BASIS_MAX_LENGTH ? basis.substring(0, LEGAL_BASIS_MAX_LENGTH) : basis;
        d.readsDisclosed = reads;
        d.imagesIncluded = images;
        return d;
    }

    private static Dissemination of(Request request, Instant now) {
        Dissemination d = new Dissemination();
        d.id = TimeOrderedId.at(now);
        d.at = now;
        d.kind = request.kind();
        if (request.agreement() != null) {
            d.agreementId = request.agreement().id();
            d.partnerId = request.agreement().partner().id();
            d.partnerName = request.agreement().partner().name();
        }
        d.plate = request.plate();
        d.purpose = request.purpose();
        d.caseNumber = request.caseNumber();
        d.clientAddress = request.clientAddress();
        return d;
    }

    public UUID id() {
        return id;
    }

    public Instant at() {
        return at;
    }

    public DisseminationKind kind() {
        return kind;
    }

    public DisseminationOutcome outcome() {
        return outcome;
    }

    public UUID agreementId() {
        return agreementId;
    }

    public UUID partnerId() {
        return partnerId;
    }

    public String partnerName() {
        return partnerName;
    }

    public String plate() {
        return plate;
    }

    public String purpose() {
        return purpose;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public String legalBasis() {
        return legalBasis;
    }

    public int readsDisclosed() {
        return readsDisclosed;
    }

    public boolean imagesIncluded() {
        return imagesIncluded;
    }

    public String refusalReason() {
        return refusalReason;
    }

    public String clause() {
        return clause;
    }
}
