package org.platekeeper.web.console.shell;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.platekeeper.shared.domain.Role;
import org.platekeeper.policy.domain.PolicyProfile;

/**
 * What every console page shows around its content: who is signed in and which policy is in force (PC-F1).
 * Navigation hides what a role cannot use; the server refuses it regardless.
 */
@Named("shell")
@RequestScoped
public class ShellBacking {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    @Inject
    PolicyProfile policy;

    @Inject
    FacesContext faces;

    public String getUsername() {
        return faces.getExternalContext().getRemoteUser();
    }

    public PolicyProfile getPolicy() {
        return policy;
    }

    /** Times are shown in UTC, to the second, as they are recorded; every column says so in its header. */
    public String utc(Instant instant) {
        return instant == null ? "" : UTC.format(instant);
    }

    public boolean can(String role) {
        return faces.getExternalContext().isUserInRole(Role.valueOf(role).name());
    }
}
