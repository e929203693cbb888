package org.platekeeper.records.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Public-records requests")
class RecordsRequestTest {

    private static final StatutoryDeadline MISSOURI = new StatutoryDeadline(3, Set.of());

    @Test
    @DisplayName("OD-T2 a Sunshine request is due three business days after receipt, weekends not counted")
    void threeBusinessDays() {
        assertThat(MISSOURI.dueFor(LocalDate.parse("2026-12-01"))).as("Tuesday").isEqualTo("2026-12-04");
        assertThat(MISSOURI.dueFor(LocalDate.parse("2026-12-04"))).as("Friday").isEqualTo("2026-12-09");
        assertThat(MISSOURI.dueFor(LocalDate.parse("2026-12-05"))).as("Saturday").isEqualTo("2026-12-09");
    }

    @Test
    @DisplayName("OD-T2 the agency's holidays are not business days")
    void holidays() {
        StatutoryDeadline withHolidays = new StatutoryDeadline(3,
                Set.of(LocalDate.parse("2026-12-24"), LocalDate.parse("2026-12-25")));
        assertThat(withHolidays.dueFor(LocalDate.parse("2026-12-23"))).isEqualTo("2026-12-30");
        assertThat(MISSOURI.dueFor(LocalDate.parse("2026-12-23"))).isEqualTo("2026-12-28");
        assertThat(new StatutoryDeadline(5, Set.of()).dueFor(LocalDate.parse("2026-12-01"))).as("an agency's target")
                .isEqualTo("2026-12-08");
    }

    @Test
    @DisplayName("OD-T2 an open request past its due date is overdue; answering or denying it needs a text")
    void overdueAndClosed() {
        RecordsRequest request = RecordsRequest.received("RR-2026-00001", "J. Public", "j@example.org",
                "Number of ALPR searches in November", RecordsRequest.Channel.PUBLIC_FORM, null,
                LocalDate.parse("2026-12-01"), MISSOURI, Instant.parse("2026-12-01T15:00:00Z"));
        assertThat(request.dueOn()).isEqualTo("2026-12-04");
        assertThat(request.overdue(LocalDate.parse("2026-12-04"))).isFalse();
        assertThat(request.overdue(LocalDate.parse("2026-12-07"))).isTrue();
        assertThatThrownBy(() -> request.deny("clerk", " ", LocalDate.parse("2026-12-02")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exemption");
        request.answer("clerk", "Aggregate figures sent by e-mail", LocalDate.parse("2026-12-02"));
        assertThat(request.overdue(LocalDate.parse("2026-12-07"))).isFalse();
        assertThatThrownBy(() -> request.answer("clerk", "again", LocalDate.parse("2026-12-03")))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> RecordsRequest.received("RR-2026-00002", "", "c", "r",
                RecordsRequest.Channel.CLERK, "clerk", LocalDate.parse("2026-12-01"), MISSOURI, Instant.now()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("requester");
    }
}
