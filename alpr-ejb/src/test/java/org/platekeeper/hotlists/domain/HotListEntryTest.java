package org.platekeeper.hotlists.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HotListEntryTest {

    private static final Instant NOW = Instant.parse("2026-11-23T18:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static HotListEntry requested() {
        return HotListEntry.request(PlatePattern.of("ABC123"), "MO", HotListKind.INVESTIGATION,
                "Seen at a burglary scene", "26-1", null, null, null, null, "officer", NOW,
                HotListEntry.MIN_REASON_LENGTH);
    }

    @Test
    @DisplayName("OD-H2 an entry without a case number, CAD event or purpose is refused")
    void needsCase() {
        assertThatThrownBy(() -> HotListEntry.request(PlatePattern.of("ABC123"), "MO", HotListKind.INVESTIGATION,
                "Seen at a burglary scene", " ", null, "", null, null, "officer", NOW,
                HotListEntry.MIN_REASON_LENGTH))
                .hasMessageContaining("OD-H2");
    }

    @Test
    @DisplayName("OD-H3 an entry without a documented reason is refused")
    void needsReason() {
        assertThatThrownBy(() -> HotListEntry.request(PlatePattern.of("ABC123"), "MO", HotListKind.INVESTIGATION,
                "check", "26-1", null, null, null, null, "officer", NOW,
                HotListEntry.MIN_REASON_LENGTH)).hasMessageContaining("OD-H3");
    }

    @Test
    @DisplayName("OD-H2 the requester cannot approve their own entry; another supervisor can, once")
    void approval() {
        HotListEntry entry = requested();
        assertThatThrownBy(() -> entry.approve("officer", NOW, TODAY.plusDays(90), null))
                .isInstanceOf(IllegalStateException.class);
        EntryHistory step = entry.approve("sergeant", NOW, TODAY.plusDays(90), "ok");
        assertThat(step.action()).isEqualTo("APPROVED");
        assertThat(entry.status()).isEqualTo(EntryStatus.ACTIVE);
        assertThatThrownBy(() -> entry.approve("lieutenant", NOW, TODAY.plusDays(90), null))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("OD-H4 an entry is overdue on its review day and lapses the day after; a review moves the date on")
    void review() {
        HotListEntry entry = requested();
        entry.approve("sergeant", NOW, TODAY, null);
        assertThat(entry.reviewOverdue(TODAY)).isTrue();
        assertThat(entry.lapsed(TODAY)).isFalse();
        assertThat(entry.lapsed(TODAY.plusDays(1))).isTrue();
        entry.review("sergeant", NOW, TODAY.plusDays(90), "still needed");
        assertThat(entry.lapsed(TODAY.plusDays(1))).isFalse();
        assertThatThrownBy(() -> entry.review("sergeant", NOW, TODAY.plusDays(90), " "))
                .isInstanceOf(IllegalArgumentException.class);
        EntryHistory expired = entry.expire(NOW, TODAY.plusDays(91));
        assertThat(expired.note()).contains("review was due");
        assertThat(entry.status()).isEqualTo(EntryStatus.EXPIRED);
        assertThatThrownBy(() -> entry.remove("sergeant", NOW, "gone")).isInstanceOf(IllegalStateException.class);
    }
}
