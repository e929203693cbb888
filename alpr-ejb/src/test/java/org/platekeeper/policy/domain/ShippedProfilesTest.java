package org.platekeeper.policy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Policy profiles")
class ShippedProfilesTest {

    @Test
    @DisplayName("PC-C1 the Pryor Creek profile keeps reads 10 calendar days")
    void pryorCreek() {
        PolicyProfile p = ShippedProfiles.named("pryor-creek").orElseThrow();
        assertThat(p.readRetentionDays()).isEqualTo(10);
        assertThat(p.recordsStatute()).contains("Oklahoma Open Records Act");
    }

    @Test
    @DisplayName("OD-R5 the Odessa profile keeps reads 30 days and is the default")
    void odessa() {
        PolicyProfile p = ShippedProfiles.named(ShippedProfiles.DEFAULT).orElseThrow();
        assertThat(p.name()).isEqualTo("odessa");
        assertThat(p.readRetentionDays()).isEqualTo(30);
        assertThat(p.recordsStatute()).contains("Sunshine");
    }

    @Test
    @DisplayName("OD-T2 records requests are due three business days after receipt in Odessa (Sunshine Law) and at the "
            + "agency's target of five in Pryor Creek; both share with any state until told otherwise")
    void recordsAndSharing() {
        assertThat(ShippedProfiles.ODESSA.profile().recordsResponseBusinessDays()).isEqualTo(3);
        assertThat(ShippedProfiles.PRYOR_CREEK.profile().recordsResponseBusinessDays()).isEqualTo(5);
        assertThat(ShippedProfiles.ODESSA.profile().agencyState()).isEqualTo("MO");
        assertThat(ShippedProfiles.PRYOR_CREEK.profile().agencyState()).isEqualTo("OK");
        assertThat(ShippedProfiles.values()).noneMatch(p -> p.profile().sharingWithinStateOnly());
        assertThat(ShippedProfiles.ODESSA.profile().withSharingWithinStateOnly(true).sharingWithinStateOnly()).isTrue();
        assertThatThrownBy(() -> ShippedProfiles.ODESSA.profile().withRecordsResponseBusinessDays(0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("Audit events are kept a year in both profiles, apart from reads")
    void auditRetention() {
        assertThat(ShippedProfiles.values()).allSatisfy(p -> assertThat(p.profile().auditRetentionDays()).isEqualTo(365));
    }

    @Test
    @DisplayName("Profile names are matched without regard to case; unknown names are not profiles")
    void lookup() {
        assertThat(ShippedProfiles.named(" Odessa ")).isPresent();
        assertThat(ShippedProfiles.named("springfield")).isEmpty();
        assertThat(ShippedProfiles.named(null)).isEmpty();
    }

    @Test
    @DisplayName("Overrides make a custom profile, and nonsense numbers are refused")
    void overrides() {
        PolicyProfile custom = ShippedProfiles.ODESSA.profile().withReadRetentionDays(14);
        assertThat(custom.readRetentionDays()).isEqualTo(14);
        assertThatThrownBy(() -> custom.withReadRetentionDays(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("The agency's day is counted in its own time zone, not in UTC")
    void agencyDay() {
        Clock lateEveningInOklahoma = Clock.fixed(Instant.parse("2026-11-24T03:30:00Z"), ZoneOffset.UTC);
        assertThat(ShippedProfiles.PRYOR_CREEK.profile().today(lateEveningInOklahoma))
                .isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    @DisplayName("OD-U3 OD-H3 OD-V4 PC-B4 IA-5 the policy's lengths and distances are the profile's, with the shipped defaults, and refuse what the schema would")
    void thresholds() {
        for (ShippedProfiles shipped : ShippedProfiles.values()) {
            assertThat(shipped.profile().thresholds()).isEqualTo(new PolicyThresholds(20, 10, 10, 150, 7, 12, 90));
            assertThat(shipped.profile().holdDecisionDays()).isEqualTo(7);
        }
        assertThatThrownBy(() -> new PolicyThresholds(12, 10, 10, 150, 7, 12, 90)).hasMessageContaining("at least 20");
        assertThatThrownBy(() -> new PolicyThresholds(20, 10, 10, 150, 7, 6, 90)).as("IA-5 password floor")
                .hasMessageContaining("at least 8");
        PolicyProfile tuned = ShippedProfiles.named("odessa").orElseThrow()
                .withThresholds(new PolicyThresholds(30, 25, 15, 300, 14, 16, 60));
        assertThat(tuned.thresholds().entryReasonMin()).isEqualTo(25);
        assertThat(tuned.readRetentionDays()).as("nothing else changes").isEqualTo(30);
    }
}
