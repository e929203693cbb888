package org.platekeeper.web.console.search;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.platekeeper.search.application.NewSensitiveLocation;
import org.platekeeper.search.application.SensitiveLocations;
import org.platekeeper.search.domain.SensitiveLocationKind;
import org.platekeeper.web.console.shell.ConsoleActions;

/** Places of protected activity: administrators register and retire them, searchers see them. */
@Named
@ViewScoped
public class SensitiveLocationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SensitiveLocations locations;

    private List<SensitiveLocations.LocationView> all;
    private String name;
    private SensitiveLocationKind kind = SensitiveLocationKind.PLACE_OF_WORSHIP;
    private Double latitude;
    private Double longitude;
    private Integer radiusMeters = 100;

    @PostConstruct
    void load() {
        all = locations.locations();
    }

    public void register() {
        if (ConsoleActions.perform(() -> locations.register(new NewSensitiveLocation(name, kind, latitude,
                longitude, radiusMeters)), "Registered: searches that touch it now need a supervisor") != null) {
            name = null;
            latitude = null;
            longitude = null;
            all = locations.locations();
        }
    }

    public void retire(SensitiveLocations.LocationView location) {
        ConsoleActions.run(() -> locations.retire(location.id()), "Retired");
        all = locations.locations();
    }

    public SensitiveLocationKind[] getKinds() {
        return SensitiveLocationKind.values();
    }

    public List<SensitiveLocations.LocationView> getAll() {
        return all;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public SensitiveLocationKind getKind() {
        return kind;
    }

    public void setKind(SensitiveLocationKind kind) {
        this.kind = kind;
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

    public Integer getRadiusMeters() {
        return radiusMeters;
    }

    public void setRadiusMeters(Integer radiusMeters) {
        this.radiusMeters = radiusMeters;
    }
}
