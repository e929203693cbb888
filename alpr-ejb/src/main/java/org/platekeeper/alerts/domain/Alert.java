package org.platekeeper.alerts.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.platekeeper.hotlists.domain.AlertPriority;
import org.platekeeper.hotlists.domain.HotListIndex;
import org.platekeeper.hotlists.domain.HotListKind;
import org.platekeeper.shared.domain.TimeOrderedId;

/**
 * An alert (a "hit", OD-D1): a read that matched a hot-list entry, and what the officer did about it. An alert
 * alone is not reasonable suspicion (OD-V3): before anyone acts, the officer checks the characters and the state
 * by eye against the plate image (OD-V1), then checks the entry with NCIC, MULES, dispatch or the MDT (OD-V2),
 * and records the disposition with a narrative (OD-V4). Each step requires the one before it.
 */
@Entity
@Table(name = "alert")
public class Alert {

    public static final int MIN_NARRATIVE = 10;
    public static final String NOT_REASONABLE_SUSPICION = "An alert alone is not reasonable suspicion. Verify the "
            + "plate characters and state against the image, and confirm the hit with NCIC, MULES or dispatch, "
            + "before taking any action.";

    @Id
    private UUID id;

    @Column(name = "read_id", nullable = false, updatable = false)
    private UUID readId;

    @Column(name = "read_captured_at", nullable = false, updatable = false)
    private Instant readCapturedAt;

    @Column(name = "camera_id", nullable = false, updatable = false)
    private UUID cameraId;

    @Column(name = "plate", nullable = false, updatable = false)
    private String plate;

    @Column(name = "state", updatable = false)
    private String state;

    @Column(name = "latitude", updatable = false)
    private Double latitude;

    @Column(name = "longitude", updatable = false)
    private Double longitude;

    @Enumerated(EnumType.STRING)
    @Column(name = "match_type", nullable = false, updatable = false)
    private HotListIndex.MatchType matchType;

    @Column(name = "entry_id", nullable = false, updatable = false)
    private long entryId;

    @Column(name = "list_id", nullable = false, updatable = false)
    private UUID listId;

    @Column(name = "list_name", nullable = false, updatable = false)
    private String listName;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private HotListKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "priority", nullable = false, updatable = false)
    private AlertPriority priority;

    @Column(name = "entry_plate", nullable = false, updatable = false)
    private String entryPlate;

    @Column(name = "entry_state", updatable = false)
    private String entryState;

    @Column(name = "entry_reason", updatable = false)
    private String entryReason;

    @Column(name = "entry_case_number", updatable = false)
    private String entryCaseNumber;

    @Column(name = "entry_vehicle", updatable = false)
    private String entryVehicle;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private AlertStatus status;

    @Column(name = "raised_at", nullable = false, updatable = false)
    private Instant raisedAt;

    @Column(name = "acknowledged_by")
    private String acknowledgedBy;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "characters_match")
    private Boolean charactersMatch;

    @Column(name = "state_match")
    private Boolean stateMatch;

    @Column(name = "visually_checked_by")
    private String visuallyCheckedBy;

    @Column(name = "visually_checked_at")
    private Instant visuallyCheckedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "verification_source")
    private VerificationSource verificationSource;

    @Column(name = "verified_with_source_at")
    private Instant verifiedWithSourceAt;

    @Column(name = "source_verified_by")
    private String sourceVerifiedBy;

    @Column(name = "source_note")
    private String sourceNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "disposition")
    private Disposition disposition;

    @Column(name = "narrative")
    private String narrative;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected Alert() {
    }

    /** The read and the entry it matched, as they were at the moment of the match. */
    public record Hit(UUID readId, Instant capturedAt, UUID cameraId, String plate, String state, Double latitude,
                      Double longitude, HotListIndex.MatchType matchType, long entryId, UUID listId,
                      String listName, HotListKind kind, String entryPlate, String entryState, String entryReason,
                      String entryCaseNumber, String entryVehicle) {
    }

    public static Alert raise(Hit hit, Instant now) {
        Alert alert = new Alert();
        alert.id = TimeOrderedId.at(now);
        alert.readId = hit.readId();
        alert.readCapturedAt = hit.capturedAt();
        alert.cameraId = hit.cameraId();
        alert.plate = hit.plate();
        alert.state = hit.state();
        alert.latitude = hit.latitude();
        alert.longitude = hit.longitude();
        alert.matchType = hit.matchType();
        alert.entryId = hit.entryId();
        alert.listId = hit.listId();
        alert.listName = hit.listName();
        alert.kind = hit.kind();
        alert.priority = hit.kind().priority();
        alert.entryPlate = hit.entryPlate();
        alert.entryState = hit.entryState();
        alert.entryReason = hit.entryReason();
        alert.entryCaseNumber = hit.entryCaseNumber();
        alert.entryVehicle = hit.entryVehicle();
        alert.status = AlertStatus.RAISED;
        alert.raisedAt = now;
        return alert;
    }

    public void acknowledge(String officer, Instant now) {
        require(EnumSet.of(AlertStatus.RAISED), "acknowledged");
        status = AlertStatus.ACKNOWLEDGED;
        acknowledgedBy = officer;
        acknowledgedAt = now;
    }

    /**
     * OD-V1: the officer compares the characters and the state with the image, separately. Both must match for
     * the alert to go on; either one not matching makes it a misread, which is recorded.
     */
    public void checkVisually(boolean charactersAgree, boolean stateAgrees, String officer, Instant now) {
        require(EnumSet.of(AlertStatus.ACKNOWLEDGED), "checked against the image");
        charactersMatch = charactersAgree;
        stateMatch = stateAgrees;
        visuallyCheckedBy = officer;
        visuallyCheckedAt = now;
        status = charactersAgree && stateAgrees ? AlertStatus.VERIFIED : AlertStatus.MISREAD;
    }

    /** OD-V2: how and when the hit was checked with its source, and whether it is still valid. */
    public void verifyWithSource(VerificationSource source, Instant verifiedAt, boolean stillValid, String note,
                                 String officer, Instant now) {
        require(EnumSet.of(AlertStatus.VERIFIED), "verified with its source");
        verificationSource = Objects.requireNonNull(source, "source");
        verifiedWithSourceAt = verifiedAt == null ? now : verifiedAt;
        if (verifiedWithSourceAt.isAfter(now.plusSeconds(60))) {
            throw new AlertStepException("the verification time is in the future", false);
        }
        sourceVerifiedBy = officer;
        sourceNote = note == null || note.isBlank() ? null : note.strip();
        status = stillValid ? AlertStatus.CONFIRMED : AlertStatus.NOT_CONFIRMED;
    }

    /**
     * OD-V4: the disposition and its narrative close the alert. Arrest, recovery or location follow only from a
     * hit confirmed with its source; a misread ends as a misread or with no action.
     */
    public void dispose(Disposition outcome, String story, String officer, Instant now, int minNarrative) {
        require(EnumSet.of(AlertStatus.MISREAD, AlertStatus.CONFIRMED, AlertStatus.NOT_CONFIRMED), "closed");
        Objects.requireNonNull(outcome, "disposition");
        if (story == null || story.strip().length() < minNarrative) {
            throw new AlertStepException("describe what happened in a narrative of at least " + minNarrative
                    + " characters (OD-V4)", false);
        }
        if (outcome.isAction() && status != AlertStatus.CONFIRMED) {
            throw new AlertStepException(outcome + " needs a hit confirmed with NCIC, MULES, dispatch or the MDT "
                    + "first (OD-V2, OD-V3)", true);
        }
        if (status == AlertStatus.MISREAD && outcome != Disposition.MISREAD && outcome != Disposition.NO_ACTION) {
            throw new AlertStepException("a misread alert ends as MISREAD or NO_ACTION", false);
        }
        disposition = outcome;
        narrative = story.strip();
        closedBy = officer;
        closedAt = now;
        status = AlertStatus.CLOSED;
    }

    private void require(Set<AlertStatus> allowed, String step) {
        if (!allowed.contains(status)) {
            throw new AlertStepException("this alert is " + status + "; it can be " + step + " only when it is "
                    + allowed + " (OD-V3: no step is skipped)", true);
        }
    }

    public boolean open() {
        return status != AlertStatus.CLOSED;
    }

    public UUID id() { return id; }
    public UUID readId() { return readId; }
    public Instant readCapturedAt() { return readCapturedAt; }
    public UUID cameraId() { return cameraId; }
    public String plate() { return plate; }
    public String state() { return state; }
    public Double latitude() { return latitude; }
    public Double longitude() { return longitude; }
    public HotListIndex.MatchType matchType() { return matchType; }
    public long entryId() { return entryId; }
    public UUID listId() { return listId; }
    public String listName() { return listName; }
    public HotListKind kind() { return kind; }
    public AlertPriority priority() { return priority; }
    public String entryPlate() { return entryPlate; }
    public String entryState() { return entryState; }
    public String entryReason() { return entryReason; }
    public String entryCaseNumber() { return entryCaseNumber; }
    public String entryVehicle() { return entryVehicle; }
    public AlertStatus status() { return status; }
    public Instant raisedAt() { return raisedAt; }
    public String acknowledgedBy() { return acknowledgedBy; }
    public Instant acknowledgedAt() { return acknowledgedAt; }
    public Boolean charactersMatch() { return charactersMatch; }
    public Boolean stateMatch() { return stateMatch; }
    public String visuallyCheckedBy() { return visuallyCheckedBy; }
    public Instant visuallyCheckedAt() { return visuallyCheckedAt; }
    public VerificationSource verificationSource() { return verificationSource; }
    public Instant verifiedWithSourceAt() { return verifiedWithSourceAt; }
    public String sourceVerifiedBy() { return sourceVerifiedBy; }
    public String sourceNote() { return sourceNote; }
    public Disposition disposition() { return disposition; }
    public String narrative() { return narrative; }
    public String closedBy() { return closedBy; }
    public Instant closedAt() { return closedAt; }
}
