package org.platekeeper.web.console.cameras;

import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.platekeeper.cameras.application.CameraRegistry;
import org.platekeeper.cameras.application.CameraView;
import org.platekeeper.cameras.application.CameraWithToken;
import org.platekeeper.cameras.application.NewCamera;
import org.platekeeper.cameras.domain.CameraType;
import org.platekeeper.web.console.shell.ConsoleActions;

/** The administrator's camera registry: register, show a new token once, rotate, revoke. */
@Named
@ViewScoped
public class CamerasBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CameraRegistry registry;

    private List<CameraView> cameras;
    private String name;
    private CameraType type = CameraType.FIXED;
    private String location;
    private Double latitude;
    private Double longitude;
    private String vehicle;
    /** The token just issued; shown once, then forgotten. */
    private String issuedToken;
    private String issuedFor;

    @PostConstruct
    void load() {
        cameras = registry.cameras();
    }

    public void register() {
        issue(() -> registry.register(new NewCamera(name, type, location, latitude, longitude, vehicle)));
        name = null;
        location = null;
        latitude = null;
        longitude = null;
        vehicle = null;
    }

    public void rotate(CameraView camera) {
        issue(() -> registry.rotateToken(camera.id()));
    }

    public void revoke(CameraView camera) {
        ConsoleActions.run(() -> registry.revoke(camera.id()), "Camera revoked: its reads are refused from now on");
        cameras = registry.cameras();
    }

    public void forgetToken() {
        issuedToken = null;
        issuedFor = null;
    }

    private void issue(Supplier<CameraWithToken> action) {
        CameraWithToken issued = ConsoleActions.perform(action, "Token issued");
        if (issued != null) {
            issuedToken = issued.token();
            issuedFor = issued.camera().name();
            cameras = registry.cameras();
        }
    }

    public CameraType[] getTypes() {
        return CameraType.values();
    }

    public List<CameraView> getCameras() {
        return cameras;
    }

    public String getIssuedToken() {
        return issuedToken;
    }

    public String getIssuedFor() {
        return issuedFor;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public CameraType getType() {
        return type;
    }

    public void setType(CameraType type) {
        this.type = type;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public Double getLatitude() {
        return latitude;
    }

    public void setLatitude(Double latitude) {
        this.latitude = latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public void setLongitude(Double longitude) {
        this.longitude = longitude;
    }

    public String getVehicle() {
        return vehicle;
    }

    public void setVehicle(String vehicle) {
        this.vehicle = vehicle;
    }
}
