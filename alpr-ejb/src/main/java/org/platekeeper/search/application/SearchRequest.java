package org.platekeeper.search.application;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * A historical search as the investigator asks for it: the criteria and, always, the justification (OD-U3).
 *
 * @param plateMatch {@code EXACT} (default), {@code PARTIAL} ({@code ?} and {@code *}) or {@code OCR_TOLERANT}
 * @param purposeCode one of the policy's purposes; with a narrative of 20 characters or more it stands in for a
 *                    case number
 */
public record SearchRequest(@Size(max = 16) String plate, String plateMatch, @Size(max = 2) String state,
                            OffsetDateTime from, OffsetDateTime to, @Size(max = 100) List<UUID> cameraIds,
                            @Valid SearchArea area, @Valid Vehicle vehicle,
                            @Size(max = 64) String caseNumber, @Size(max = 64) String cadEvent,
                            @Size(max = 64) String intelligenceFile, @Size(max = 64) String purposeCode,
                            @Size(max = 2000) String narrative) {

    /**
     * A circle ({@code latitude}, {@code longitude}, {@code radiusMeters}) or a polygon ({@code points}, each
     * {@code [latitude, longitude]}).
     */
    public record SearchArea(Double latitude, Double longitude, Double radiusMeters,
                             @Size(max = 200) List<List<Double>> points) {
    }

    public record Vehicle(@Size(max = 40) String make, @Size(max = 40) String colour,
                          @Size(max = 40) String bodyType) {
    }
}
