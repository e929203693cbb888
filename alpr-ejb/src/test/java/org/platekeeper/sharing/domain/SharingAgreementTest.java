package org.platekeeper.sharing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.platekeeper.search.domain.PurposeCode;

@DisplayName("Sharing agreements")
class SharingAgreementTest {

    private static final Instant NOW = Instant.parse("2026-12-01T15:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-12-01");

    private static PartnerAgency partner(AgencyType type, String state, boolean federal) {
        return new PartnerAgency("Partner", Ori.parse(state + "0950000"), type, state, federal, "records@partner",
                "admin", NOW);
    }

    private static SharingAgreement.Terms terms(int maxAgeDays, LocalDate from, LocalDate until) {
        return new SharingAgreement.Terms(EnumSet.of(SharingScope.QUERY_READS), EnumSet.of(PurposeCode.STOLEN_VEHICLE),
                maxAgeDays, false, 50, 100, from, until, "MOU 2026-14", null);
    }

    private static SharingAgreement active(PartnerAgency partner, LocalDate from, LocalDate until) {
        SharingAgreement agreement = SharingAgreement.propose(partner, terms(10, from, until), 30, "admin", NOW);
        agreement.approve("supervisor", null, NOW);
        return agreement;
    }

    private static SharingRefusal refusal(SharingAgreement a, SharingScope scope, PurposeCode purpose) {
        return a.refusal(scope, purpose, TODAY, false, "MO").orElse(null);
    }

    @ParameterizedTest(name = "PC-D1 an agency of type {0} cannot hold an agreement")
    @EnumSource(value = AgencyType.class, names = {"COURT", "OTHER_PUBLIC_AGENCY", "PRIVATE_COMPANY"})
    @DisplayName("PC-D1 only law-enforcement and prosecutorial agencies can hold an agreement")
    void onlyLawEnforcementAndProsecution(AgencyType type) {
        assertThatThrownBy(() -> SharingAgreement.propose(partner(type, "MO", false), terms(10, TODAY, TODAY), 30,
                "admin", NOW)).isInstanceOf(SharingRuleException.class)
                .satisfies(e -> assertThat(((SharingRuleException) e).clause()).isEqualTo("PC-D1"));
    }

    @ParameterizedTest(name = "PC-D1 an agency of type {0} can hold an agreement")
    @EnumSource(value = AgencyType.class, names = {"LAW_ENFORCEMENT", "PROSECUTION"})
    @DisplayName("PC-D1 law-enforcement and prosecutorial agencies can hold an agreement")
    void lawEnforcementAndProsecutionMay(AgencyType type) {
        assertThat(SharingAgreement.propose(partner(type, "MO", false), terms(10, TODAY, TODAY), 30, "admin", NOW)
                .status()).isEqualTo(AgreementStatus.PROPOSED);
    }

    @Test
    @DisplayName("PC-D1 the administrator who proposed an agreement cannot decide it")
    void anotherPersonDecides() {
        SharingAgreement agreement = SharingAgreement.propose(partner(AgencyType.LAW_ENFORCEMENT, "MO", false),
                terms(10, TODAY, TODAY), 30, "admin", NOW);
        assertThatThrownBy(() -> agreement.approve("admin", null, NOW)).isInstanceOf(SharingRuleException.class);
        assertThat(agreement.status()).isEqualTo(AgreementStatus.PROPOSED);
        agreement.approve("supervisor", "checked", NOW);
        assertThat(agreement.status()).isEqualTo(AgreementStatus.ACTIVE);
        assertThatThrownBy(() -> agreement.reject("other", null, NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("OD-R5 an agreement reaches no data older than our retention")
    void reachWithinRetention() {
        PartnerAgency partner = partner(AgencyType.LAW_ENFORCEMENT, "MO", false);
        assertThatThrownBy(() -> SharingAgreement.propose(partner, terms(31, TODAY, TODAY), 30, "admin", NOW))
                .isInstanceOf(SharingRuleException.class).hasMessageContaining("30 days");
        assertThat(SharingAgreement.propose(partner, terms(30, TODAY, TODAY), 30, "admin", NOW).maxAgeDays())
                .isEqualTo(30);
    }

    @Test
    @DisplayName("OD-R3 an agreement is in force from its first through its last day only")
    void validityDates() {
        PartnerAgency partner = partner(AgencyType.LAW_ENFORCEMENT, "MO", false);
        assertThat(refusal(active(partner, TODAY, TODAY), SharingScope.QUERY_READS, PurposeCode.STOLEN_VEHICLE))
                .isNull();
        assertThat(refusal(active(partner, TODAY.minusDays(9), TODAY.minusDays(1)), SharingScope.QUERY_READS,
                PurposeCode.STOLEN_VEHICLE).reason()).contains("expired on 2026-11-30");
        assertThat(refusal(active(partner, TODAY.plusDays(1), TODAY.plusDays(9)), SharingScope.QUERY_READS,
                PurposeCode.STOLEN_VEHICLE).reason()).contains("not in force before");
    }

    @Test
    @DisplayName("OD-R3 a proposed or suspended agreement allows nothing; a suspension needs a reason")
    void proposedAndSuspended() {
        PartnerAgency partner = partner(AgencyType.LAW_ENFORCEMENT, "MO", false);
        SharingAgreement proposed = SharingAgreement.propose(partner, terms(10, TODAY, TODAY), 30, "admin", NOW);
        assertThat(refusal(proposed, SharingScope.QUERY_READS, PurposeCode.STOLEN_VEHICLE).reason())
                .contains("proposed");
        SharingAgreement active = active(partner, TODAY, TODAY);
        assertThatThrownBy(() -> active.suspend("supervisor", " ", NOW)).isInstanceOf(IllegalArgumentException.class);
        active.suspend("supervisor", "terminal compromised", NOW);
        assertThat(refusal(active, SharingScope.QUERY_READS, PurposeCode.STOLEN_VEHICLE).reason())
                .contains("suspended");
        assertThatThrownBy(() -> active.issueToken(NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("OD-R3 OD-X1 a scope the agreement lacks and a purpose it does not permit are refused")
    void scopeAndPurpose() {
        SharingAgreement agreement = active(partner(AgencyType.LAW_ENFORCEMENT, "MO", false), TODAY, TODAY);
        assertThat(refusal(agreement, SharingScope.RECEIVE_ALERTS, PurposeCode.STOLEN_VEHICLE).clause())
                .isEqualTo("OD-R3");
        assertThat(refusal(agreement, SharingScope.QUERY_READS, PurposeCode.AMBER_ALERT).clause()).isEqualTo("OD-X1");
        assertThat(agreement.scopes()).isEqualTo(Set.of(SharingScope.QUERY_READS));
    }

    @Test
    @DisplayName("OD-R3 a profile that shares within its state bars out-of-state and federal partners")
    void withinStateOnly() {
        SharingAgreement inState = active(partner(AgencyType.LAW_ENFORCEMENT, "MO", false), TODAY, TODAY);
        SharingAgreement outOfState = active(partner(AgencyType.LAW_ENFORCEMENT, "KS", false), TODAY, TODAY);
        SharingAgreement federal = active(partner(AgencyType.LAW_ENFORCEMENT, "DC", true), TODAY, TODAY);
        assertThat(inState.refusal(SharingScope.QUERY_READS, PurposeCode.STOLEN_VEHICLE, TODAY, true, "MO")).isEmpty();
        assertThat(outOfState.refusal(SharingScope.QUERY_READS, PurposeCode.STOLEN_VEHICLE, TODAY, true, "MO"))
                .isPresent();
        assertThat(federal.refusal(SharingScope.QUERY_READS, PurposeCode.STOLEN_VEHICLE, TODAY, true, "MO"))
                .isPresent();
        assertThat(outOfState.refusal(SharingScope.QUERY_READS, PurposeCode.STOLEN_VEHICLE, TODAY, false, "MO"))
                .as("without the setting, any state").isEmpty();
    }

    @Test
    @DisplayName("An ORI is nine characters: the state's two letters, then letters or digits")
    void oriFormat() {
        assertThat(Ori.parse(" mo0950000 ").value()).isEqualTo("MO0950000");
        assertThatThrownBy(() -> Ori.parse("MO09500")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ori.parse("1O0950000")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ori.parse("MO095000-")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("A partner credential is shown once and only its hash is kept; a new one replaces the old")
    void credential() {
        SharingAgreement agreement = active(partner(AgencyType.LAW_ENFORCEMENT, "MO", false), TODAY, TODAY);
        PartnerToken first = agreement.issueToken(NOW);
        assertThat(first.value()).startsWith(PartnerToken.PREFIX);
        assertThat(first.toString()).doesNotContain(first.value());
        PartnerToken second = agreement.issueToken(NOW);
        assertThat(second.hash()).isNotEqualTo(first.hash());
        agreement.revokeToken();
        assertThat(agreement.hasCredential()).isFalse();
    }
}
