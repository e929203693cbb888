package org.platekeeper.access.domain;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.platekeeper.shared.domain.Role;

/**
 * Which of the directory's groups gives which role: by default the group named {@code platekeeper-<role>}
 * ({@code platekeeper-records-clerk}), or whichever name or distinguished name the city configures for a role.
 * Names compare without regard to case, as directories do.
 */
public final class DirectoryRoles {

    private final Map<Role, String> groupOfRole = new EnumMap<>(Role.class);

    private DirectoryRoles() {
    }

    /** The configured group of each role where there is one, the default name elsewhere. */
    public static DirectoryRoles of(Function<Role, Optional<String>> configuredGroup) {
        DirectoryRoles mapping = new DirectoryRoles();
        for (Role role : Role.values()) {
            String group = configuredGroup.apply(role).map(String::strip).filter(g -> !g.isEmpty())
                    .orElse(defaultGroup(role));
            mapping.groupOfRole.put(role, group.toLowerCase(Locale.ROOT));
        }
        return mapping;
    }

    public static String defaultGroup(Role role) {
        return "platekeeper-" + role.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The roles of a person in these groups (names or distinguished names, as the directory gave them). */
    public Set<Role> rolesOf(Set<String> groups) {
        Set<String> lowered = new java.util.HashSet<>();
        groups.forEach(g -> lowered.add(g.toLowerCase(Locale.ROOT)));
        Set<Role> roles = EnumSet.noneOf(Role.class);
        groupOfRole.forEach((role, group) -> {
            if (lowered.contains(group)) {
                roles.add(role);
            }
        });
        return roles;
    }

    public String groupOf(Role role) {
        return groupOfRole.get(role);
    }
}
