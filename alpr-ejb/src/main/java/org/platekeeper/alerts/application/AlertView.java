package org.platekeeper.alerts.application;

import java.time.Instant;
import java.util.UUID;

import org.platekeeper.alerts.domain.Alert;
import org.platekeeper.alerts.domain.AlertStatus;
import org.platekeeper.alerts.domain.Disposition;
import org.platekeeper.alerts.domain.VerificationSource;
import org.platekeeper.hotlists.domain.AlertPriority;
import org.platekeeper.hotlists.domain.HotListIndex;
import org.platekeeper.hotlists.domain.HotListKind;

/**
 * An alert with the read beside the entry it matched, every step taken so far, and the reminder that an alert
 * alone is not reasonable suspicion (OD-V3).
 */
public record AlertView(UUID id, AlertPriority priority, AlertStatus status, Instant raisedAt,
                        String plate, String state, Instant capturedAt, UUID readId, UUID cameraId,
                        String cameraName, Double latitude, Double longitude, HotListIndex.MatchType matchType,
                        UUID listId, String listName, HotListKind kind, String kindLabel, String entryPlate,
                        String entryState, String entryReason, String entryCaseNumber, String entryVehicle,
                        String acknowledgedBy, Instant acknowledgedAt, Boolean charactersMatch, Boolean stateMatch,
                        String visuallyCheckedBy, Instant visuallyCheckedAt, VerificationSource verificationSource,
                        Instant verifiedWithSourceAt, String sourceVerifiedBy, String sourceNote,
                        Disposition disposition, String narrative, String closedBy, Instant closedAt,
                        String notice) {

    static AlertView of(Alert a, String cameraName) {
        return new AlertView(a.id(), a.priority(), a.status(), a.raisedAt(), a.plate(), a.state(),
                a.readCapturedAt(), a.readId(), a.cameraId(), cameraName, a.latitude(), a.longitude(),
                a.matchType(), a.listId(), a.listName(), a.kind(), a.kind().label(), a.entryPlate(),
                a.entryState(), a.entryReason(), a.entryCaseNumber(), a.entryVehicle(), a.acknowledgedBy(),
                a.acknowledgedAt(), a.charactersMatch(), a.stateMatch(), a.visuallyCheckedBy(),
                a.visuallyCheckedAt(), a.verificationSource(), a.verifiedWithSourceAt(), a.sourceVerifiedBy(),
                a.sourceNote(), a.disposition(), a.narrative(), a.closedBy(), a.closedAt(),
                Alert.NOT_REASONABLE_SUSPICION);
    }
}
