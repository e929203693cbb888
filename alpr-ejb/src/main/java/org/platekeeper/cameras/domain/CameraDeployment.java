package org.platekeeper.cameras.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One place a portable camera was set up, kept as history. */
@Entity
@Table(name = "camera_deployment")
public class CameraDeployment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "camera_id", nullable = false)
    private UUID cameraId;

    @Column(name = "location", nullable = false)
    private String location;

    @Column(name = "latitude", nullable = false)
    private double latitude;

    @Column(name = "longitude", nullable = false)
    private double longitude;

    @Column(name = "deployed_at", nullable = false)
    private Instant deployedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected CameraDeployment() {
    }

    public CameraDeployment(Camera camera, Instant deployedAt, String recordedBy) {
        this.cameraId = camera.id();
        this.location = camera.location();
        this.latitude = camera.latitude();
        this.longitude = camera.longitude();
        this.deployedAt = deployedAt;
        this.recordedBy = recordedBy;
    }

    public String location() {
        return location;
    }

    public double latitude() {
        return latitude;
    }

    public double longitude() {
        return longitude;
    }

    public Instant deployedAt() {
        return deployedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
