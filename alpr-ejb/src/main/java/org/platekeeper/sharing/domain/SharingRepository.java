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

    void add(LegalRelease release);

    Optional<LegalRelease> release(UUID id);

    List<LegalRelease> releases();

    /** Counts per partner and calendar month of the agency's zone, newest month first. */
    List<MonthlySharing> monthlySummary(java.time.ZoneId zone);
}
