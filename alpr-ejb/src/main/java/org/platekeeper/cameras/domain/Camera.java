package org.platekeeper.cameras.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.platekeeper.shared.domain.TimeOrderedId;

/**
 * A registered camera (OD-P3: reads from anything else are refused). Fixed cameras have a place, mobile ones a
 * patrol vehicle, portable ones a history of deployments (OD-D1).
 */
@Entity
@Table(name = "camera")
public class Camera {

    public static final int NAME_MAX_LENGTH = 120;
    public static final int LOCATION_MAX_LENGTH = 300;

    /** Whether a camera may send reads. */
    public enum Status { ACTIVE, REVOKED }

    @Id
    private UUID id;

    @Column(name = "name", nullable = false, unique = true, length = NAME_MAX_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false)
    private CameraType type;

    @Column(name = "location", length = LOCATION_MAX_LENGTH)
    private String location;

    @Column(name = "latitude")
    private Double latitude;

    @Column(name = "longitude")
    private Double longitude;

    @Column(name = "vehicle")
    private String vehicle;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "token_issued_at", nullable = false)
    private Instant tokenIssuedAt;

    @Column(name = "refused_reads", nullable = false)
    private long refusedReads;

    @Column(name = "dropped_images", nullable = false)
    private long droppedImages;

    @Column(name = "last_seen_at")
    private Instant lastSeenAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Camera() {
    }

    private Camera(String name, CameraType type, String location, Double latitude, Double longitude,
                   String vehicle, Instant now) {
        this.id = TimeOrderedId.at(now);
        this.name = requireText(name, "name", NAME_MAX_LENGTH);
        this.type = Objects.requireNonNull(type, "type");
        this.location = location == null || location.isBlank() ? null : requireText(location, "location",
                LOCATION_MAX_LENGTH);
        this.latitude = latitude;
        this.longitude = longitude;
        this.vehicle = vehicle == null || vehicle.isBlank() ? null : vehicle.trim();
        this.status = Status.ACTIVE;
        this.createdAt = now;
        if ((latitude == null) != (longitude == null)) {
            throw new IllegalArgumentException("give both latitude and longitude, or neither");
        }
        if (latitude != null && (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180)) {
            throw new IllegalArgumentException("latitude must be within ±90 and longitude within ±180");
        }
        if (type == CameraType.FIXED && latitude == null) {
            throw new IllegalArgumentException("a fixed camera needs its latitude and longitude");
        }
        if (type == CameraType.MOBILE && this.vehicle == null) {
            throw new IllegalArgumentException("a mobile camera needs the vehicle it is mounted on");
        }
    }

    /** Registers a camera and issues its first ingest token, which the caller must hand over now or never. */
    public static Registration register(String name, CameraType type, String location, Double latitude,
                                        Double longitude, String vehicle, Instant now) {
        Camera camera = new Camera(name, type, location, latitude, longitude, vehicle, now);
        IngestToken token = camera.issueToken(now);
        return new Registration(camera, token);
    }

    /** A new camera with the only copy of its token. */
    public record Registration(Camera camera, IngestToken token) {
    }

    private IngestToken issueToken(Instant now) {
        IngestToken token = IngestToken.issue();
        tokenHash = token.hash();
        tokenIssuedAt = now;
        return token;
    }

    /** Replaces the token; the old one stops working at once. A revoked camera becomes active again. */
    public IngestToken rotateToken(Instant now) {
        status = Status.ACTIVE;
        return issueToken(now);
    }

    public void revoke() {
        status = Status.REVOKED;
    }

    public boolean acceptsReads() {
        return status == Status.ACTIVE;
    }

    public void recordRefusedRead() {
        refusedReads++;
    }

    /** Images its reads came with that could not be kept (damaged, not JPEG, too large); the reads were. */
    public void recordDroppedImages(int count) {
        droppedImages += count;
    }

    public long droppedImages() {
        return droppedImages;
    }

    public void recordSeen(Instant now) {
        if (lastSeenAt == null || now.isAfter(lastSeenAt)) {
            lastSeenAt = now;
        }
    }

    /** Moves a portable camera; fixed and mobile cameras do not move this way. */
    public void deployAt(String newLocation, double newLatitude, double newLongitude) {
        if (type != CameraType.PORTABLE) {
            throw new IllegalArgumentException("only portable cameras are deployed; a " + type
                    + " camera is registered where it is");
        }
        if (newLatitude < -90 || newLatitude > 90 || newLongitude < -180 || newLongitude > 180) {
            throw new IllegalArgumentException("latitude must be within ±90 and longitude within ±180");
        }
        this.location = requireText(newLocation, "location", LOCATION_MAX_LENGTH);
        this.latitude = newLatitude;
        this.longitude = newLongitude;
    }

    private static String requireText(String value, String what, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a camera's " + what + " is required");
        }
        String trimmed = value.trim();
        if (trimmed.length() > max) {
            throw new IllegalArgumentException("a camera's " + what + " is longer than " + max + " characters");
        }
        return trimmed;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public CameraType type() {
        return type;
    }

    public String location() {
        return location;
    }

    public Double latitude() {
        return latitude;
    }

    public Double longitude() {
        return longitude;
    }

    public String vehicle() {
        return vehicle;
    }

    public Status status() {
        return status;
    }

    public long refusedReads() {
        return refusedReads;
    }

    public Instant lastSeenAt() {
        return lastSeenAt;
    }

    public Instant tokenIssuedAt() {
        return tokenIssuedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
