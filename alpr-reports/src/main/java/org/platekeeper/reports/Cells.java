package org.platekeeper.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How figures and times read in every report: grouped numbers, the agency's local time, "—" for nothing. */
final class Cells {

    static final String NONE = "—";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Cells() {
    }

    static String count(long n) {
        return String.format(Locale.US, "%,d", n);
    }

    static String time(Instant at, ZoneId zone) {
        return at == null ? NONE : TIME.format(at.atZone(zone));
    }

    static String date(LocalDate day) {
        return day == null ? NONE : day.toString();
    }

    static String text(String value) {
        return value == null || value.isBlank() ? NONE : value;
    }

    /** ARREST as "Arrest", VEHICLE_RECOVERED as "Vehicle recovered": enum names as a person writes them. */
    static String label(String constant) {
        if (constant == null || constant.isBlank()) {
            return NONE;
        }
        String words = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
