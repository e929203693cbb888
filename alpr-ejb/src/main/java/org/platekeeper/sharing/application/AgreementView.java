package org.platekeeper.sharing.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.platekeeper.search.domain.PurposeCode;
import org.platekeeper.sharing.domain.AgreementStatus;
import org.platekeeper.sharing.domain.SharingAgreement;
import org.platekeeper.sharing.domain.SharingScope;

/** An agreement as the console and the API show it; never its credential, only whether it has one. */
public record AgreementView(UUID id, UUID partnerId, String partnerName, String partnerOri, Set<SharingScope> scopes,
                            Set<PurposeCode> purposes, int maxAgeDays, boolean imagesIncluded, int maxResults,
                            int maxQueriesPerDay, LocalDate validFrom, LocalDate validUntil,
                            String documentReference, AgreementStatus status, boolean inForce, String createdBy,
                            Instant createdAt, String decidedBy, Instant decidedAt, String decisionNote,
                            String suspendedBy, String suspensionReason, boolean hasCredential,
                            Instant credentialIssuedAt, String callbackUrl, UUID hotListId) {

    static AgreementView of(SharingAgreement a, LocalDate today) {
        boolean inForce = a.status() == AgreementStatus.ACTIVE && !today.isBefore(a.validFrom())
                && !today.isAfter(a.validUntil());
        return new AgreementView(a.id(), a.partner().id(), a.partner().name(), a.partner().ori().value(), a.scopes(),
                a.purposes(), a.maxAgeDays(), a.imagesIncluded(), a.maxResults(), a.maxQueriesPerDay(),
                a.validFrom(), a.validUntil(), a.documentReference(), a.status(), inForce, a.createdBy(),
                a.createdAt(), a.decidedBy(), a.decidedAt(), a.decisionNote(), a.suspendedBy(),
                a.suspensionReason(), a.hasCredential(), a.tokenIssuedAt(), a.callbackUrl().orElse(null),
                a.hotListId().orElse(null));
    }
}
