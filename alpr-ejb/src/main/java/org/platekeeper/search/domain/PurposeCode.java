package org.platekeeper.search.domain;

import java.util.Locale;
import java.util.Optional;

/** The legitimate purposes of a historical search (OD-P1), one of which a search without a case may name. */
public enum PurposeCode {
    STOLEN_VEHICLE,
    STOLEN_PLATE,
    WANTED_PERSON,
    MISSING_PERSON,
    AMBER_ALERT,
    SILVER_ALERT,
    BLUE_ALERT,
    OFFICER_SAFETY,
    CRIMINAL_INVESTIGATION,
    HIT_AND_RUN,
    HOMELAND_SECURITY,
    PROTECTION_ORDER;

    public static Optional<PurposeCode> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String key = text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        for (PurposeCode code : values()) {
            if (code.name().equals(key)) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }
}
