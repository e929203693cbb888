package org.platekeeper.cameras.application;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.platekeeper.cameras.domain.CameraRepository;
import org.platekeeper.cameras.domain.CameraType;
import org.platekeeper.shared.domain.Role;

/** The cameras by name and place, for those who choose cameras in a search; tokens and status stay with admins. */
@Stateless
@RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.SUPERVISOR, Role.Names.AUDITOR})
public class CameraDirectory {

    @Inject
    CameraRepository cameras;

    public List<Entry> cameras() {
        return cameras.all().stream().map(c -> new Entry(c.id(), c.name(), c.type(), c.type() == CameraType.MOBILE
                ? c.vehicle() : c.location())).toList();
    }

    /** A camera as a searcher picks it. */
    public record Entry(UUID id, String name, CameraType type, String place) {
    }
}
