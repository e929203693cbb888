package org.platekeeper.search.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.platekeeper.policy.domain.PolicyThresholds;
import org.platekeeper.shared.domain.TimeOrderedId;

/**
 * A place of protected activity (PC-B4) kept by administrators: a search whose area touches it, or that is limited
 * to cameras near it, runs only with a supervisor's approval and is flagged for the auditors.
 */
@Entity
@Table(name = "sensitive_location")
public class SensitiveLocation {

    /** Cameras this close to a sensitive location are "near" it. */
    /** How far beyond its radius a camera still counts as near a place, where the agency sets none (PC-B4). */
    public static final double CAMERA_NEARBY_METRES = PolicyThresholds.DEFAULT.sensitiveCameraMetres();

    @Id
    private UUID id;

    @Column(name = "name", nullable = false, unique = true, length = 120)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private SensitiveLocationKind kind;

    @Column(name = "latitude", nullable = false)
    private double latitude;

    @Column(name = "longitude", nullable = false)
    private double longitude;

    @Column(name = "radius_meters", nullable = false)
    private int radiusMeters;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected SensitiveLocation() {
    }

    public static SensitiveLocation register(String name, SensitiveLocationKind kind, double latitude,
                                             double longitude, int radiusMeters, String createdBy, Instant now) {
        if (name == null || name.isBlank() || name.strip().length() > 120) {
            throw new IllegalArgumentException("a sensitive location needs a name of at most 120 characters");
        }
        new Area.Point(latitude, longitude);
        if (radiusMeters < 10 || radiusMeters > 5000) {
            throw new IllegalArgumentException("radiusMeters must be between 10 and 5000");
        }
        SensitiveLocation location = new SensitiveLocation();
        location.id = TimeOrderedId.at(now);
        location.name = name.strip();
        location.kind = java.util.Objects.requireNonNull(kind, "kind");
        location.latitude = latitude;
        location.longitude = longitude;
        location.radiusMeters = radiusMeters;
        location.active = true;
        location.createdBy = createdBy;
        location.createdAt = now;
        return location;
    }

    /** Whether a search area reaches into this place. */
    public boolean touchedBy(Area area) {
        return area.within(latitude, longitude, radiusMeters);
    }

    /** Whether a camera stands within reach of this place: inside its radius, or this many metres beyond. */
    public boolean near(double cameraLatitude, double cameraLongitude, double beyondRadiusMetres) {
        return Area.distance(latitude, longitude, cameraLatitude, cameraLongitude)
                <= radiusMeters + beyondRadiusMetres;
    }

    public void retire() {
        active = false;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public SensitiveLocationKind kind() {
        return kind;
    }

    public double latitude() {
        return latitude;
    }

    public double longitude() {
        return longitude;
    }

    public int radiusMeters() {
        return radiusMeters;
    }

    public boolean active() {
        return active;
    }
}
