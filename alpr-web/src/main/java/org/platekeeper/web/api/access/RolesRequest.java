package org.platekeeper.web.api.access;

import java.util.Set;

import jakarta.validation.constraints.NotNull;

import org.platekeeper.shared.domain.Role;

/** The complete set of roles a user should have. */
public record RolesRequest(@NotNull Set<Role> roles) {
}
