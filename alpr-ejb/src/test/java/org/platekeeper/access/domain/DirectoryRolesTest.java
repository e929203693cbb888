package org.platekeeper.access.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.platekeeper.shared.domain.Role;

class DirectoryRolesTest {

    @Test
    @DisplayName("AC-6 by default the group platekeeper-<role> gives the role, whatever the case the directory writes it in")
    void defaults() {
        DirectoryRoles mapping = DirectoryRoles.of(role -> Optional.empty());
        assertThat(mapping.groupOf(Role.RECORDS_CLERK)).isEqualTo("platekeeper-records-clerk");
        assertThat(mapping.rolesOf(Set.of("Platekeeper-Officer", "platekeeper-command-staff", "parking")))
                .containsExactlyInAnyOrder(Role.OFFICER, Role.COMMAND_STAFF);
        assertThat(mapping.rolesOf(Set.of("parking-enforcement", "platekeeper"))).isEmpty();
    }

    @Test
    @DisplayName("AC-6 a configured group, by name or distinguished name, replaces the default for its role only")
    void configured() {
        DirectoryRoles mapping = DirectoryRoles.of(role -> role == Role.SUPERVISOR
                ? Optional.of(" CN=LPR Sergeants,OU=Groups,DC=city,DC=local ") : Optional.empty());
        assertThat(mapping.rolesOf(Set.of("cn=lpr sergeants,ou=groups,dc=city,dc=local")))
                .containsExactly(Role.SUPERVISOR);
        assertThat(mapping.rolesOf(Set.of("platekeeper-supervisor"))).as("the default no longer counts").isEmpty();
        assertThat(mapping.rolesOf(Set.of("platekeeper-auditor"))).containsExactly(Role.AUDITOR);
    }
}
