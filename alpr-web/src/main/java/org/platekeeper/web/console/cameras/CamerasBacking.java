package org.platekeeper.web.console.cameras;

import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.platekeeper.cameras.application.CameraRegistry;
import org.platekeeper.cameras.application.CameraView;
import org.platekeeper.cameras.application.CameraWithToken;
import org.platekeeper.cameras.application.NewCamera;
import org.platekeeper.cameras.domain.CameraType;
import org.platekeeper.shared.application.BusinessException;

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
        act(() -> {
            registry.revoke(camera.id());
            return null;
        }, "Camera revoked: its reads are refused from now on");
    }

    public void forgetToken() {
        issuedToken = null;
        issuedFor = null;
    }

    private void issue(Supplier<CameraWithToken> action) {
        CameraWithToken issued = act(action, "Token issued");
        if (issued != null) {
            issuedToken = issued.token();
            issuedFor = issued.camera().name();
        }
    }

    private <T> T act(Supplier<T> action, String done) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            T result = action.get();
            cameras = registry.cameras();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
            return result;
        } catch (BusinessException refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
        } catch (EJBException failed) {
            String message = failed.getCause() instanceof jakarta.validation.ConstraintViolationException invalid
                    ? invalid.getConstraintViolations().iterator().next().getPropertyPath() + " "
                    + invalid.getConstraintViolations().iterator().next().getMessage() : "The change failed.";
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        }
        faces.validationFailed();
        return null;
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
