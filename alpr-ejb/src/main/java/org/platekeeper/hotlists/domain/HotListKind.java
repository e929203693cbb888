package org.platekeeper.hotlists.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * Why a plate is on a hot list: the legitimate purposes of the policy (OD-P1), each with the priority its alerts
 * carry. NCIC file codes map onto these kinds; the file's own code stays on the entry's reference.
 */
public enum HotListKind {
    AMBER_ALERT("AMBER alert", AlertPriority.URGENT),
    BLUE_ALERT("BLUE alert", AlertPriority.URGENT),
    SILVER_ALERT("SILVER alert", AlertPriority.URGENT),
    OFFICER_SAFETY("Officer safety", AlertPriority.URGENT),
    WANTED_PERSON("Wanted person", AlertPriority.URGENT),
    GANG_TERRORIST("Gang / terrorist", AlertPriority.URGENT),
    MISSING_PERSON("Missing person", AlertPriority.HIGH),
    FELONY_VEHICLE("Felony vehicle", AlertPriority.HIGH),
    STOLEN_VEHICLE("Stolen vehicle", AlertPriority.HIGH),
    STOLEN_PLATE("Stolen plate", AlertPriority.HIGH),
    PROTECTION_ORDER("Protection order", AlertPriority.HIGH),
    SUPERVISED_RELEASE("Supervised release", AlertPriority.NORMAL),
    SEX_OFFENDER("Sex offender", AlertPriority.NORMAL),
    INVESTIGATION("Investigation", AlertPriority.NORMAL),
    CUSTOM("Custom", AlertPriority.NORMAL);

    private final String label;
    private final AlertPriority priority;

    HotListKind(String label, AlertPriority priority) {
        this.label = label;
        this.priority = priority;
    }

    public String label() {
        return label;
    }

    public AlertPriority priority() {
        return priority;
    }

    /**
     * The kind an NCIC hot-file code stands for. Protective-interest (K) and violent-person (L) records warn the
     * officer, so they are officer-safety alerts; Canadian (R) records are CPIC stolen vehicles.
     */
    public static Optional<HotListKind> ofNcicCode(char code) {
        return Optional.ofNullable(switch (Character.toUpperCase(code)) {
            case 'A' -> AMBER_ALERT;
            case 'F' -> FELONY_VEHICLE;
            case 'W' -> WANTED_PERSON;
            case 'V', 'R' -> STOLEN_VEHICLE;
            case 'P' -> STOLEN_PLATE;
            case 'M' -> MISSING_PERSON;
            case 'C' -> SUPERVISED_RELEASE;
            case 'H' -> PROTECTION_ORDER;
            case 'K', 'L' -> OFFICER_SAFETY;
            case 'T' -> GANG_TERRORIST;
            case 'X' -> SEX_OFFENDER;
            default -> null;
        });
    }

    /** Reads a kind as a file or a form writes it: {@code STOLEN_VEHICLE}, {@code stolen vehicle}, {@code Amber}. */
    public static Optional<HotListKind> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String key = text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s/-]+", "_");
        for (HotListKind kind : values()) {
            if (kind.name().equals(key) || kind.name().equals(key + "_ALERT")
                    || kind.label.toUpperCase(Locale.ROOT).replaceAll("[\\s/-]+", "_").equals(key)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
