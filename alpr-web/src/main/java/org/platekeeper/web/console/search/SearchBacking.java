package org.platekeeper.web.console.search;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.platekeeper.cameras.application.CameraDirectory;
import org.platekeeper.policy.domain.PolicyProfile;
import org.platekeeper.search.application.ResultPage;
import org.platekeeper.search.application.SearchRequest;
import org.platekeeper.search.application.SearchView;
import org.platekeeper.search.application.Searches;
import org.platekeeper.search.domain.FoundRead;
import org.platekeeper.search.domain.PlateMatch;
import org.platekeeper.search.domain.PurposeCode;
import org.platekeeper.shared.domain.Role;
import org.platekeeper.web.console.shell.ConsoleActions;

/** The search form with its justification, the results with their map, the searcher's own searches and approvals. */
@Named
@ViewScoped
public class SearchBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Searches searches;

    @Inject
    transient CameraDirectory cameraDirectory;

    @Inject
    transient PolicyProfile policy;

    /**
     * The agency's own tile server, if it has one. None by default: every tile a browser asks a public server for
     * tells it where an investigator is looking, so without one the map shows the reads on a plain grid.
     */
    @Inject
    @ConfigProperty(name = "ALPR_MAP_TILE_URL", defaultValue = NO_TILES)
    String tileUrl;

    static final String NO_TILES = "none";

    private String plate;
    private PlateMatch plateMatch = PlateMatch.EXACT;
    private String state;
    private LocalDateTime from;
    private LocalDateTime to;
    private List<String> cameraIds = new ArrayList<>();
    private Double latitude;
    private Double longitude;
    private Double radiusMeters;
    private String make;
    private String colour;
    private String bodyType;
    private String caseNumber;
    private String cadEvent;
    private String intelligenceFile;
    private String purposeCode;
    private String narrative;
    private String note;

    private ResultPage result;
    private List<SearchView> mine;
    private List<SearchView> awaitingApproval = List.of();
    private List<CameraDirectory.Entry> cameras;
    private boolean supervisor;

    @PostConstruct
    void load() {
        supervisor = FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.Names.SUPERVISOR);
        cameras = cameraDirectory.cameras();
        refreshLists();
    }

    private void refreshLists() {
        mine = searches.mine();
        if (supervisor) {
            awaitingApproval = searches.awaitingApproval();
        }
    }

    public void search() {
        SearchRequest.SearchArea area = latitude == null && longitude == null && radiusMeters == null ? null
                : new SearchRequest.SearchArea(latitude, longitude, radiusMeters, null);
        SearchRequest.Vehicle vehicle = blank(make) && blank(colour) && blank(bodyType) ? null
                : new SearchRequest.Vehicle(make, colour, bodyType);
        SearchRequest request = new SearchRequest(blank(plate) ? null : plate, plateMatch.name(), state,
                from == null ? null : from.atZone(policy.timeZone()).toOffsetDateTime(),
                to == null ? null : to.atZone(policy.timeZone()).toOffsetDateTime(),
                cameraIds.stream().map(UUID::fromString).toList(), area, vehicle, caseNumber, cadEvent,
                intelligenceFile, purposeCode, narrative);
        ResultPage found = ConsoleActions.perform(() -> searches.search(request, 0, Searches.DEFAULT_PAGE_SIZE),
                null);
        if (found != null) {
            result = found;
            FacesContext.getCurrentInstance().addMessage(null, new jakarta.faces.application.FacesMessage(
                    found.search().status() == org.platekeeper.search.domain.SearchStatus.AWAITING_APPROVAL
                            ? "The search touches " + found.search().sensitiveLocations() + " and waits for a "
                            + "supervisor's approval (PC-B4)." : found.total() + " reads found."));
            refreshLists();
        }
    }

    public void show(SearchView search, int page) {
        ResultPage found = ConsoleActions.perform(() -> searches.results(search.id(), page,
                Searches.DEFAULT_PAGE_SIZE), null);
        if (found != null) {
            result = found;
        }
    }

    public void page(int page) {
        show(result.search(), page);
    }

    public void approve(SearchView search) {
        if (ConsoleActions.perform(() -> searches.approve(search.id(), note), "Approved: the search may run") != null) {
            note = null;
            refreshLists();
        }
    }

    public void reject(SearchView search) {
        if (ConsoleActions.perform(() -> searches.reject(search.id(), note), "Rejected") != null) {
            note = null;
            refreshLists();
        }
    }

    /** The current page's places as JSON for the map: [{lat, lon, label}]. */
    public String getMapPoints() {
        JsonArrayBuilder points = Json.createArrayBuilder();
        if (result != null) {
            for (FoundRead r : result.results()) {
                if (r.latitude() != null) {
                    points.add(Json.createObjectBuilder().add("lat", r.latitude()).add("lon", r.longitude())
                            .add("label", r.plate() + " " + (r.state() == null ? "" : r.state()) + ", "
                                    + r.capturedAt() + ", " + r.cameraName()));
                }
            }
        }
        return points.build().toString();
    }

    public boolean isHasPrevious() {
        return result != null && result.page() > 0;
    }

    public boolean isHasNext() {
        return result != null && (long) (result.page() + 1) * result.size() < result.total();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public PlateMatch[] getPlateMatches() {
        return PlateMatch.values();
    }

    public PurposeCode[] getPurposeCodes() {
        return PurposeCode.values();
    }

    public List<CameraDirectory.Entry> getCameras() {
        return cameras;
    }

    public String getTileUrl() {
        return NO_TILES.equals(tileUrl) ? "" : tileUrl;
    }

    public ResultPage getResult() {
        return result;
    }

    public List<SearchView> getMine() {
        return mine;
    }

    public List<SearchView> getAwaitingApproval() {
        return awaitingApproval;
    }

    public boolean isSupervisor() {
        return supervisor;
    }

    public String getPlate() { return plate; }
    public void setPlate(String plate) { this.plate = plate; }
    public PlateMatch getPlateMatch() { return plateMatch; }
    public void setPlateMatch(PlateMatch plateMatch) { this.plateMatch = plateMatch; }
    public String getState() { return state; }
    public void setState(String state) { this.state = state; }
    public LocalDateTime getFrom() { return from; }
    public void setFrom(LocalDateTime from) { this.from = from; }
    public LocalDateTime getTo() { return to; }
    public void setTo(LocalDateTime to) { this.to = to; }
    public List<String> getCameraIds() { return cameraIds; }
    public void setCameraIds(List<String> cameraIds) { this.cameraIds = cameraIds; }
    public Double getLatitude() { return latitude; }
    public void setLatitude(Double latitude) { this.latitude = latitude; }
    public Double getLongitude() { return longitude; }
    public void setLongitude(Double longitude) { this.longitude = longitude; }
    public Double getRadiusMeters() { return radiusMeters; }
    public void setRadiusMeters(Double radiusMeters) { this.radiusMeters = radiusMeters; }
    public String getMake() { return make; }
    public void setMake(String make) { this.make = make; }
    public String getColour() { return colour; }
    public void setColour(String colour) { this.colour = colour; }
    public String getBodyType() { return bodyType; }
    public void setBodyType(String bodyType) { this.bodyType = bodyType; }
    public String getCaseNumber() { return caseNumber; }
    public void setCaseNumber(String caseNumber) { this.caseNumber = caseNumber; }
    public String getCadEvent() { return cadEvent; }
    public void setCadEvent(String cadEvent) { this.cadEvent = cadEvent; }
    public String getIntelligenceFile() { return intelligenceFile; }
    public void setIntelligenceFile(String intelligenceFile) { this.intelligenceFile = intelligenceFile; }
    public String getPurposeCode() { return purposeCode; }
    public void setPurposeCode(String purposeCode) { this.purposeCode = purposeCode; }
    public String getNarrative() { return narrative; }
    public void setNarrative(String narrative) { this.narrative = narrative; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
