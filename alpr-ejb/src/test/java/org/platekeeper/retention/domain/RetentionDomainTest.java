package org.platekeeper.retention.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.platekeeper.policy.domain.RetentionPeriod;

class RetentionDomainTest {

    private static final ZoneId CENTRAL = ZoneId.of("America/Chicago");

    @Test
    @DisplayName("PC-C1 10 calendar days in the agency's zone: on Nov 23 reads from Nov 13 00:00 local on are kept")
    void tenDays() {
        Instant cutoff = new RetentionPeriod(10, CENTRAL).cutoff(LocalDate.of(2026, 11, 23));
        assertThat(cutoff).isEqualTo(Instant.parse("2026-11-13T06:00:00Z"));
    }

    @Test
    @DisplayName("OD-R5 30 calendar days, across the change from daylight saving time")
    void thirtyDays() {
        Instant cutoff = new RetentionPeriod(30, CENTRAL).cutoff(LocalDate.of(2026, 11, 23));
        assertThat(cutoff).isEqualTo(Instant.parse("2026-10-24T05:00:00Z"));
    }

    @Test
    @DisplayName("a purge certificate's digest detects any change to it")
    void certificateDigest() {
        PurgeRun run = PurgeRun.start(PurgeRun.Trigger.SCHEDULED, "system", Instant.parse("2026-10-24T05:00:00Z"),
                30, null, Instant.parse("2026-11-23T09:15:00Z"));
        run.dayPurged(new DayPurged(LocalDate.of(2026, 10, 22), 1200, 1100, 3, 2, true));
        run.complete(Instant.parse("2026-11-23T09:15:02Z"));
        assertThat(run.verifies()).isTrue();
        assertThat(run.certificate()).contains("2026-10-22: 1200 reads and 1100 images deleted", "2000 ms",
                "Reads retained under legal hold: 2");
        run.dayPurged(new DayPurged(LocalDate.of(2026, 10, 23), 1, 0, 0, 0, true));
        assertThat(run.verifies()).as("changed after the digest").isFalse();
    }

    @Test
    @DisplayName("PC-C1 the days a certificate lists read back as they were purged, for the printed certificate")
    void daysReadBack() {
        PurgeRun run = PurgeRun.start(PurgeRun.Trigger.MANUAL, "admin", Instant.parse("2026-10-24T05:00:00Z"),
                30, null, Instant.parse("2026-11-23T09:15:00Z"));
        DayPurged dropped = new DayPurged(LocalDate.of(2026, 10, 22), 1200, 1100, 3, 2, true);
        DayPurged partly = new DayPurged(LocalDate.of(2026, 10, 23), 17, 16, 0, 0, false);
        run.dayPurged(dropped);
        run.dayPurged(partly);
        run.retainedStorePurged(4, 4);
        assertThat(run.daysPurged()).containsExactly(dropped, partly);
    }

    @Test
    @DisplayName("PC-C2 a request undecided for the profile's days lapses and protects nothing; a decided one does not lapse")
    void undecidedRequestLapses() {
        Instant requested = Instant.parse("2026-11-20T15:00:00Z");
        LegalHold hold = LegalHold.request("26-0001", LegalBasis.EVIDENCE, "Evidence for the case",
                LocalDate.of(2027, 1, 1), "detective", requested, LocalDate.of(2026, 11, 20));
        assertThat(hold.decideBy(7)).isEqualTo(Instant.parse("2026-11-27T15:00:00Z"));
        assertThat(hold.lapseIfUndecided(7, Instant.parse("2026-11-27T14:59:59Z"))).isFalse();
        assertThat(hold.lapseIfUndecided(7, Instant.parse("2026-11-27T15:00:00Z"))).isTrue();
        assertThat(hold.status()).isEqualTo(HoldStatus.LAPSED);
        assertThat(hold.status().protectsReads()).isFalse();

        LegalHold approved = LegalHold.request("26-0002", LegalBasis.EVIDENCE, "Evidence for the case",
                LocalDate.of(2027, 1, 1), "detective", requested, LocalDate.of(2026, 11, 20));
        approved.approve("sergeant", null, requested.plusSeconds(60));
        assertThat(approved.lapseIfUndecided(7, requested.plusSeconds(30L * 86_400))).isFalse();
        assertThat(approved.status()).isEqualTo(HoldStatus.ACTIVE);
    }

    @Test
    @DisplayName("PC-C2 a hold needs another supervisor, a reason to release, and protects reads only while requested or active")
    void holdLife() {
        LegalHold hold = LegalHold.request("26-1", LegalBasis.COURT_ORDER, "Order to preserve plate data",
                LocalDate.of(2027, 1, 1), "detective", Instant.EPOCH, LocalDate.of(2026, 11, 23));
        assertThat(hold.status().protectsReads()).isTrue();
        assertThatThrownBy(() -> hold.approve("detective", null, Instant.EPOCH))
                .isInstanceOf(IllegalStateException.class);
        hold.approve("sergeant", null, Instant.EPOCH);
        assertThatThrownBy(() -> hold.release("sergeant", " ", Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
        hold.release("sergeant", "case closed", Instant.EPOCH);
        assertThat(hold.status().protectsReads()).isFalse();
        assertThatThrownBy(() -> LegalHold.request("26-1", LegalBasis.EVIDENCE, "Evidence for the case",
                LocalDate.of(2026, 11, 23), "detective", Instant.EPOCH, LocalDate.of(2026, 11, 23)))
                .hasMessageContaining("review date");
    }
}
