package org.platekeeper.search.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.platekeeper.audit.domain.AuditOutcome;
import org.platekeeper.audit.domain.AuditableAction;
import org.platekeeper.search.domain.SearchRepository;
import org.platekeeper.search.domain.SensitiveLocation;
import org.platekeeper.search.domain.SensitiveLocationKind;
import org.platekeeper.shared.application.ConflictException;
import org.platekeeper.shared.application.InvalidRequestException;
import org.platekeeper.shared.application.UnknownItemException;
import org.platekeeper.shared.domain.Role;

/** Places of protected activity (PC-B4), kept by administrators and known to everyone who searches. */
@Stateless
@RolesAllowed({Role.Names.ADMINISTRATOR, Role.Names.INVESTIGATOR, Role.Names.SUPERVISOR, Role.Names.AUDITOR})
public class SensitiveLocations {

    @Inject
    SearchRepository searches;

    @Inject
    Event<AuditableAction> audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    public List<LocationView> locations() {
        return searches.activeLocations().stream().map(LocationView::of).toList();
    }

    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public LocationView register(@NotNull @Valid NewSensitiveLocation request) {
        if (searches.locationNameTaken(request.name())) {
            throw new ConflictException("a sensitive location named '" + request.name().strip() + "' exists");
        }
        SensitiveLocation location;
        try {
            location = SensitiveLocation.register(request.name(), request.kind(), request.latitude(),
                    request.longitude(), request.radiusMeters(), session.getCallerPrincipal().getName(),
                    Instant.now(clock));
        } catch (IllegalArgumentException invalid) {
            throw new InvalidRequestException(invalid.getMessage());
        }
        searches.add(location);
        audit.fire(AuditableAction.of("SENSITIVE_LOCATION_REGISTERED", "sensitive location", location.id() + " ("
                + location.name() + ")", AuditOutcome.SUCCESS, location.kind() + ", radius "
                + location.radiusMeters() + " m"));
        return LocationView.of(location);
    }

    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public void retire(UUID id) {
        SensitiveLocation location = searches.location(id)
                .orElseThrow(() -> new UnknownItemException("sensitive location", String.valueOf(id)));
        location.retire();
        audit.fire(AuditableAction.of("SENSITIVE_LOCATION_RETIRED", "sensitive location", location.id() + " ("
                + location.name() + ")", AuditOutcome.SUCCESS, null));
    }

    /** A sensitive location as the console and the API show it. */
    public record LocationView(UUID id, String name, SensitiveLocationKind kind, double latitude, double longitude,
                               int radiusMeters) {
        static LocationView of(SensitiveLocation l) {
            return new LocationView(l.id(), l.name(), l.kind(), l.latitude(), l.longitude(), l.radiusMeters());
        }
    }
}
