package org.platekeeper.search.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.platekeeper.reads.domain.ConfusableCharacters;

/**
 * What a historical search looks for. At least one criterion narrows it beyond time: a search of everything in a
 * time range is a bulk export, not an investigation.
 */
public record SearchCriteria(String plate, PlateMatch plateMatch, String state, Instant from, Instant to,
                             List<UUID> cameraIds, Area area, String vehicleMake, String vehicleColour,
                             String vehicleBodyType) {

    public SearchCriteria {
        cameraIds = cameraIds == null ? List.of() : List.copyOf(cameraIds);
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from is after to");
        }
        if (plate == null && area == null && cameraIds.isEmpty() && vehicleMake == null && vehicleColour == null
                && vehicleBodyType == null) {
            throw new IllegalArgumentException("give a plate, an area, cameras or a vehicle description to search "
                    + "for");
        }
        if (plate != null && plateMatch == PlateMatch.PARTIAL
                && plate.chars().filter(c -> c != '?' && c != '*').count() < 2) {
            throw new IllegalArgumentException("a partial plate needs at least 2 known characters");
        }
        if (plate != null && plateMatch != PlateMatch.PARTIAL && (plate.indexOf('?') >= 0
                || plate.indexOf('*') >= 0)) {
            throw new IllegalArgumentException("? and * are for plateMatch PARTIAL");
        }
    }

    /** The plate as a SQL LIKE pattern: {@code ?} is one character, {@code *} any run. */
    public String likePattern() {
        return plate.replace("?", "_").replace("*", "%");
    }

    /** The plate with confusable characters folded, as the {@code plate_folded} column stores plates. */
    public String foldedPlate() {
        return ConfusableCharacters.fold(plate);
    }
}
