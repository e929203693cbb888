package org.platekeeper.search.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.platekeeper.audit.application.AuditTrail;
import org.platekeeper.audit.domain.AuditOutcome;
import org.platekeeper.audit.domain.AuditableAction;
import org.platekeeper.policy.domain.PolicyProfile;
import org.platekeeper.reads.domain.Jurisdiction;
import org.platekeeper.reads.domain.ReadImage;
import org.platekeeper.reads.domain.ReadStore;
import org.platekeeper.search.domain.Area;
import org.platekeeper.search.domain.FoundRead;
import org.platekeeper.search.domain.HistoricalSearch;
import org.platekeeper.search.domain.Justification;
import org.platekeeper.search.domain.PlateMatch;
import org.platekeeper.search.domain.ReadFinder;
import org.platekeeper.search.domain.SearchCriteria;
import org.platekeeper.search.domain.SearchRepository;
import org.platekeeper.search.domain.SensitiveLocation;
import org.platekeeper.shared.application.ConflictException;
import org.platekeeper.shared.application.InvalidRequestException;
import org.platekeeper.shared.application.PolicyViolationException;
import org.platekeeper.shared.application.UnknownItemException;
import org.platekeeper.shared.domain.Role;

/**
 * Historical search of reads under policy. Every search carries its justification (PC-B1, OD-U3); purposes that
 * name protected activity or classes are refused and the refusal is recorded (PC-B4, OD-P2, OD-X1); a search that
 * touches a sensitive location waits for a supervisor (PC-B4). Each search, each page of results and each read
 * opened from it is an audit event under the search's case or purpose (OD-R4).
 */
@Stateless
@RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.SUPERVISOR})
public class Searches {

    public static final int DEFAULT_PAGE_SIZE = 50;

    /** The most results one page of a search shows; an investigator pages on for more. */
    @Inject
    @ConfigProperty(name = "ALPR_SEARCH_MAX_PAGE_SIZE", defaultValue = "200")
    int maxPageSize;
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    SearchRepository searches;

    @Inject
    ReadFinder finder;

    @Inject
    ReadStore reads;

    @Inject
    AuditTrail auditTrail;

    @Inject
    PolicyProfile policy;

    @Inject
    Event<AuditableAction> audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    public ResultPage search(@NotNull @Valid SearchRequest request, int page, int size) {
        Justification why = justify(request);
        SearchCriteria criteria = criteria(request);
        List<String> touched = sensitiveLocationsTouched(criteria);
        HistoricalSearch search = HistoricalSearch.start(caller(), JSON.toJson(request), describe(criteria), why,
                String.join("; ", touched), Instant.now(clock));
        searches.add(search);
        if (!search.mayRun()) {
            audit.fire(AuditableAction.of("SEARCH_AWAITING_APPROVAL", "search", search.id().toString(),
                    AuditOutcome.SUCCESS, search.criteriaSummary() + "; touches " + search.sensitiveLocations()
                            + " (PC-B4)").underPurpose(why.summary()));
            return new ResultPage(SearchView.of(search), page, pageSize(size), 0, List.of());
        }
        return run(search, criteria, page, size, "SEARCH_RUN");
    }

    /** Another page of a search, or the first of a search a supervisor has approved. */
    public ResultPage results(UUID id, int page, int size) {
        HistoricalSearch search = own(id);
        if (!search.mayRun()) {
            throw new ConflictException("this search is " + search.status() + "; it runs once a supervisor has "
                    + "approved it");
        }
        return run(search, criteria(JSON.fromJson(search.criteria(), SearchRequest.class)), page, size,
                search.lastRunAt() == null ? "SEARCH_RUN" : "SEARCH_RESULTS_VIEWED");
    }

    public List<SearchView> mine() {
        return searches.by(caller(), 200).stream().map(SearchView::of).toList();
    }

    public SearchView search(UUID id) {
        HistoricalSearch search = existing(id);
        if (!search.username().equals(caller()) && !session.isCallerInRole(Role.Names.SUPERVISOR)) {
            throw new UnknownItemException("search", String.valueOf(id));
        }
        return SearchView.of(search);
    }

    /** A read the search found, opened to look at it; audited under the search's justification. */
    public FoundRead open(UUID searchId, UUID readId) {
        HistoricalSearch search = runnableOwn(searchId);
        FoundRead read = readOf(search, readId);
        audit.fire(AuditableAction.of("READ_OPENED", "read", readId + " (" + read.plate() + ")",
                AuditOutcome.SUCCESS, "from search " + searchId).underPurpose(search.justification().summary()));
        return read;
    }

    public Optional<byte[]> image(UUID searchId, UUID readId, ReadImage.Kind kind) {
        HistoricalSearch search = runnableOwn(searchId);
        FoundRead read = readOf(search, readId);
        audit.fire(AuditableAction.of("READ_IMAGE_VIEWED", "read", readId + " (" + read.plate() + ")",
                AuditOutcome.SUCCESS, kind + " image, from search " + searchId)
                .underPurpose(search.justification().summary()));
        return reads.image(readId, read.capturedAt(), kind);
    }

    /**
     * The question one of the caller's searches may put to partner installations: only an exact plate, and only
     * with both a case number and a purpose code, which is what a partner's agreement asks of every query.
     */
    public FederationQuestion federationQuestion(UUID searchId) {
        HistoricalSearch search = runnableOwn(searchId);
        SearchRequest request = JSON.fromJson(search.criteria(), SearchRequest.class);
        SearchCriteria criteria = criteria(request);
        if (criteria.plate() == null || criteria.plateMatch() != PlateMatch.EXACT) {
            throw new InvalidRequestException("only a search for one exact plate can be put to partner "
                    + "installations; partial, OCR-tolerant, area and vehicle searches stay here");
        }
        var why = search.justification();
        if (why.caseNumber() == null || why.purposeCode() == null) {
            throw new InvalidRequestException("a search put to partner installations needs both its case number and "
                    + "a purpose code: partners answer nothing less");
        }
        return new FederationQuestion(search.id(), criteria.plate(), criteria.state(), why.caseNumber(),
                why.purposeCode());
    }

    /** The reads a search of the caller's finds, to put them under a legal hold; at most {@code max}. */
    public List<UUID> readIds(UUID searchId, int max) {
        HistoricalSearch search = runnableOwn(searchId);
        return finder.ids(criteria(JSON.fromJson(search.criteria(), SearchRequest.class)), max);
    }

    /** The case number the caller's own search was justified by, if it had one. */
    public Optional<String> caseOf(UUID searchId) {
        return Optional.ofNullable(own(searchId).justification().caseNumber());
    }

    /** Whether the caller made a search under this case number: they are on its case team. */
    public boolean searchedUnderCase(String caseNumber) {
        return searches.by(caller(), 1_000).stream()
                .anyMatch(s -> caseNumber.equalsIgnoreCase(String.valueOf(s.justification().caseNumber())));
    }

    /**
     * Which of these reads the caller reached through their own searches under this case number (PC-C2): the reads
     * such a search finds today. What they never searched for under the case, they cannot hold for it.
     */
    public Set<UUID> reachedInCase(String caseNumber, Collection<UUID> readIds, int maxPerSearch) {
        Set<UUID> wanted = new HashSet<>(readIds);
        Set<UUID> reached = new HashSet<>();
        for (HistoricalSearch search : searches.by(caller(), 1_000)) {
            if (!search.mayRun() || !caseNumber.equalsIgnoreCase(String.valueOf(search.justification().caseNumber()))) {
                continue;
            }
            for (UUID found : finder.ids(criteria(JSON.fromJson(search.criteria(), SearchRequest.class)),
                    maxPerSearch)) {
                if (wanted.contains(found)) {
                    reached.add(found);
                }
            }
            if (reached.size() == wanted.size()) {
                break;
            }
        }
        return reached;
    }

    @RolesAllowed(Role.Names.SUPERVISOR)
    public List<SearchView> awaitingApproval() {
        return searches.awaitingApproval().stream().map(SearchView::of).toList();
    }

    /** PC-B4: a supervisor other than the searcher lets a search near a sensitive location run. */
    @RolesAllowed(Role.Names.SUPERVISOR)
    public SearchView approve(UUID id, String note) {
        return decide(id, note, true);
    }

    @RolesAllowed(Role.Names.SUPERVISOR)
    public SearchView reject(UUID id, String note) {
        return decide(id, note, false);
    }

    private SearchView decide(UUID id, String note, boolean approve) {
        HistoricalSearch search = existing(id);
        try {
            if (approve) {
                search.approve(caller(), note, Instant.now(clock));
            } else {
                search.reject(caller(), note, Instant.now(clock));
            }
        } catch (IllegalStateException wrongState) {
            throw new ConflictException(wrongState.getMessage());
        } catch (IllegalArgumentException invalid) {
            throw new InvalidRequestException(invalid.getMessage());
        }
        audit.fire(AuditableAction.of(approve ? "SEARCH_APPROVED" : "SEARCH_REJECTED", "search", id.toString(),
                AuditOutcome.SUCCESS, "search by " + search.username() + " touching " + search.sensitiveLocations()
                        + (note == null || note.isBlank() ? "" : "; " + note.strip()))
                .underPurpose(search.justification().summary()));
        return SearchView.of(search);
    }

    private ResultPage run(HistoricalSearch search, SearchCriteria criteria, int page, int size, String action) {
        int pageSize = pageSize(size);
        int pageNumber = Math.max(0, page);
        long total = finder.count(criteria);
        List<FoundRead> found = finder.find(criteria, pageNumber * pageSize, pageSize);
        search.recordRun(total, Instant.now(clock));
        audit.fire(AuditableAction.of(action, "search", search.id().toString(), AuditOutcome.SUCCESS,
                search.criteriaSummary() + "; " + total + " reads; page " + pageNumber + " of size " + pageSize)
                .underPurpose(search.justification().summary()));
        return new ResultPage(SearchView.of(search), pageNumber, pageSize, total, found);
    }

    private Justification justify(SearchRequest r) {
        try {
            return Justification.of(r.caseNumber(), r.cadEvent(), r.intelligenceFile(), r.purposeCode(),
                    r.narrative(), policy.caseReferences(), policy.thresholds().searchNarrativeMin());
        } catch (Justification.Refused refused) {
            auditTrail.recordRefusal(AuditableAction.of("SEARCH_REFUSED", "search", null, AuditOutcome.DENIED,
                    refused.getMessage()).by(caller()));
            if (refused.clause() != null) {
                throw new PolicyViolationException(refused.clause(), refused.getMessage()
                        .replace(" (" + refused.clause() + ")", ""));
            }
            throw new InvalidRequestException(refused.getMessage());
        }
    }

    static SearchCriteria criteria(SearchRequest r) {
        try {
            String plate = r.plate() == null || r.plate().isBlank() ? null
                    : r.plate().strip().toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s\\-.]", "");
            PlateMatch match = r.plateMatch() == null ? PlateMatch.EXACT
                    : PlateMatch.valueOf(r.plateMatch().strip().toUpperCase(java.util.Locale.ROOT));
            if (plate != null && !plate.matches("[A-Z0-9?*]{1,10}")) {
                throw new IllegalArgumentException("plate must be 1 to 10 letters and digits (and ? or * for a "
                        + "partial plate)");
            }
            RequestVehicle v = new RequestVehicle(r.vehicle());
            return new SearchCriteria(plate, match, Jurisdiction.normalise(r.state()),
                    r.from() == null ? null : r.from().toInstant(), r.to() == null ? null : r.to().toInstant(),
                    r.cameraIds(), area(r.area()), v.make, v.colour, v.bodyType);
        } catch (IllegalArgumentException invalid) {
            throw new InvalidRequestException(invalid.getMessage().startsWith("No enum constant")
                    ? "plateMatch is EXACT, PARTIAL or OCR_TOLERANT" : invalid.getMessage());
        }
    }

    /** The vehicle description, each part optional. */
    private static final class RequestVehicle {
        final String make;
        final String colour;
        final String bodyType;

        RequestVehicle(SearchRequest.Vehicle v) {
            make = v == null ? null : blankToNull(v.make());
            colour = v == null ? null : blankToNull(v.colour());
            bodyType = v == null ? null : blankToNull(v.bodyType());
        }
    }

    private static Area area(SearchRequest.SearchArea a) {
        if (a == null) {
            return null;
        }
        if (a.points() != null && !a.points().isEmpty()) {
            List<Area.Point> points = new ArrayList<>();
            for (List<Double> p : a.points()) {
                if (p == null || p.size() != 2 || p.get(0) == null || p.get(1) == null) {
                    throw new IllegalArgumentException("each point of a polygon is [latitude, longitude]");
                }
                points.add(new Area.Point(p.get(0), p.get(1)));
            }
            return new Area.Polygon(points);
        }
        if (a.latitude() == null || a.longitude() == null || a.radiusMeters() == null) {
            throw new IllegalArgumentException("an area is a circle (latitude, longitude, radiusMeters) or a "
                    + "polygon (points)");
        }
        return new Area.Circle(a.latitude(), a.longitude(), a.radiusMeters());
    }

    private List<String> sensitiveLocationsTouched(SearchCriteria criteria) {
        List<double[]> cameraPlaces = finder.cameraPlaces(criteria.cameraIds());
        return searches.activeLocations().stream()
                .filter(l -> (criteria.area() != null && l.touchedBy(criteria.area()))
                        || cameraPlaces.stream().anyMatch(p -> l.near(p[0], p[1],
                                policy.thresholds().sensitiveCameraMetres())))
                .map(SensitiveLocation::name).toList();
    }

    static String describe(SearchCriteria c) {
        List<String> parts = new ArrayList<>();
        if (c.plate() != null) {
            parts.add("plate " + c.plate() + (c.plateMatch() == PlateMatch.EXACT ? "" : " (" + c.plateMatch() + ")"));
        }
        if (c.state() != null) {
            parts.add("state " + c.state());
        }
        if (c.from() != null || c.to() != null) {
            parts.add("from " + (c.from() == null ? "the start" : c.from()) + " to "
                    + (c.to() == null ? "now" : c.to()));
        }
        if (!c.cameraIds().isEmpty()) {
            parts.add(c.cameraIds().size() + " cameras");
        }
        if (c.area() instanceof Area.Circle circle) {
            parts.add("within " + Math.round(circle.radiusMetres()) + " m of " + circle.latitude() + ", "
                    + circle.longitude());
        } else if (c.area() instanceof Area.Polygon polygon) {
            parts.add("inside a polygon of " + polygon.points().size() + " points");
        }
        String vehicle = java.util.stream.Stream.of(c.vehicleColour(), c.vehicleMake(), c.vehicleBodyType())
                .filter(java.util.Objects::nonNull).collect(Collectors.joining(" "));
        if (!vehicle.isEmpty()) {
            parts.add("vehicle " + vehicle);
        }
        return String.join(", ", parts);
    }

    private FoundRead readOf(HistoricalSearch search, UUID readId) {
        SearchCriteria criteria = criteria(JSON.fromJson(search.criteria(), SearchRequest.class));
        if (!finder.finds(criteria, readId)) {
            throw new UnknownItemException("read among this search's results", String.valueOf(readId));
        }
        return finder.read(readId).orElseThrow(() -> new UnknownItemException("read", String.valueOf(readId)));
    }

    private HistoricalSearch runnableOwn(UUID id) {
        HistoricalSearch search = own(id);
        if (!search.mayRun()) {
            throw new ConflictException("this search is " + search.status() + "; its reads cannot be opened");
        }
        return search;
    }

    private HistoricalSearch own(UUID id) {
        HistoricalSearch search = existing(id);
        if (!search.username().equals(caller())) {
            throw new UnknownItemException("search", String.valueOf(id)); // another's search is not even named
        }
        return search;
    }

    private HistoricalSearch existing(UUID id) {
        return searches.find(id).orElseThrow(() -> new UnknownItemException("search", String.valueOf(id)));
    }

    private int pageSize(int size) {
        return Math.min(size <= 0 ? DEFAULT_PAGE_SIZE : size, Math.max(1, maxPageSize));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
