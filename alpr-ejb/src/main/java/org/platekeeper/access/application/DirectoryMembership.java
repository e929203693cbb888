package org.platekeeper.access.application;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;

import org.platekeeper.access.domain.CityDirectory;
import org.platekeeper.access.domain.DirectoryRoles;
import org.platekeeper.access.domain.UserAccount;
import org.platekeeper.audit.domain.AuditOutcome;
import org.platekeeper.audit.domain.AuditableAction;
import org.platekeeper.shared.domain.Role;

/**
 * A directory account's roles as the city directory's groups give them (AC-2): taken at every sign-in, and every
 * few minutes while a personal API token of the account is in use, so a person moved out of a group loses the
 * role without signing in again. A change is an audit event; a role lost closes the person's alert streams.
 */
@ApplicationScoped
public class DirectoryMembership {

    @Inject
    CityDirectory directory;

    @Inject
    Config config;

    @Inject
    Event<AuditableAction> audit;

    @Inject
    Event<AccessRevoked> revoked;

    /** The roles of a person in these groups. */
    public Set<Role> rolesOf(Set<String> groups) {
        return DirectoryRoles.of(role -> config.getOptionalValue("ALPR_DIRECTORY_GROUP_" + role.name(),
                String.class)).rolesOf(groups);
    }

    /** Takes the directory's name and roles for the account; answers its roles now. */
    public Set<Role> follow(UserAccount account, CityDirectory.Answer answer) {
        Set<Role> roles = rolesOf(answer.groups());
        Set<Role> before = account.roles();
        if (account.followDirectory(answer.displayName(), roles)) {
            audit.fire(AuditableAction.of("ROLES_FOLLOWED_DIRECTORY", "user", account.username(),
                    AuditOutcome.SUCCESS, "roles=" + roles + ", were " + before).by(account.username()));
            if (!roles.containsAll(before)) {
                revoked.fire(new AccessRevoked(account.username(), "a role was taken away in the city directory"));
            }
        }
        return roles;
    }

    /**
     * Looks the account's person up again, without a password: gone from the directory, the account keeps no
     * role; a directory that does not answer changes nothing.
     */
    public void refresh(UserAccount account) {
        if (!directory.configured() || !account.managedByDirectory()) {
            return;
        }
        CityDirectory.Answer answer = directory.lookUp(account.username());
        switch (answer.verdict()) {
            case VERIFIED -> follow(account, answer);
            case NO_SUCH_PERSON -> follow(account, new CityDirectory.Answer(answer.verdict(), null,
                    account.displayName(), Set.of()));
            default -> { } // unavailable: the roles of the last look stand
        }
    }
}
