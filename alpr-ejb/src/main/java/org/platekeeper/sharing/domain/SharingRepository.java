package org.platekeeper.sharing.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Partners, agreements and the dissemination log. */
public interface SharingRepository {

    void add(PartnerAgency partner);

    Optional<PartnerAgency> partner(UUID id);

    boolean oriTaken(Ori ori);

    List<PartnerAgency> partners();

    void add(SharingAgreement agreement);

    Optional<SharingAgreement> agreement(UUID id);

    Optional<SharingAgreement> agreementByTokenHash(String tokenHash);

    List<SharingAgreement> agreements();

    void add(Dissemination dissemination);

    /** Disclosures and refusals of one agreement's queries since the given instant, for its daily cap. */
    long queriesSince(UUID agreementId, Instant since);

    /** The log, newest first, narrowed by whichever filters are given. */
    List<Dissemination> disseminations(DisseminationFilter filter, int max);

    /** The agreement whose partner's entries are kept on this hot list, if any. */
    Optional<SharingAgreement> agreementOfHotList(UUID hotListId);

    void add(PartnerDelivery delivery);

    /** The delivery, locked for this transaction; empty when another server holds it or it is gone. */
    Optional<PartnerDelivery> lockDelivery(UUID id);

    /** Ids of pending deliveries due by then, oldest first. */
    List<UUID> dueDeliveries(Instant by, int max);

    void add(FederatedInstallation installation);

    Optional<FederatedInstallation> installation(UUID id);

    List<FederatedInstallation> installations();

    void add(LegalRelease release);

    Optional<LegalRelease> release(UUID id);

    List<LegalRelease> releases();

    /** Counts per partner and calendar month of the agency's zone, newest month first. */
    List<MonthlySharing> monthlySummary(java.time.ZoneId zone);
}
