package org.platekeeper.records.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * When a public-records request must be answered (OD-T2): the given number of business days after the day it was
 * received, counting neither weekends nor the agency's holidays (Missouri's Sunshine Law: three business days;
 * Oklahoma's Open Records Act asks for prompt access, for which the agency sets its own target).
 */
public record StatutoryDeadline(int businessDays, Set<LocalDate> holidays) {

    public StatutoryDeadline {
        if (businessDays < 1) {
            throw new IllegalArgumentException("a response is due at least one business day after receipt");
        }
        holidays = Set.copyOf(Objects.requireNonNull(holidays, "holidays"));
    }

    public LocalDate dueFor(LocalDate received) {
        LocalDate day = received;
        int counted = 0;
        while (counted < businessDays) {
            day = day.plusDays(1);
            if (isBusinessDay(day)) {
                counted++;
            }
        }
        return day;
    }

    public boolean isBusinessDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }
}
