package org.platekeeper.access.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.platekeeper.shared.domain.Role;
import org.platekeeper.access.domain.UserAccount;

/**
 * A user account as the console and the API show it: never the password hash. A directory account's password and
 * roles are the city directory's.
 */
public record UserView(String username, String displayName, Set<Role> roles, boolean enabled, boolean locked,
                       boolean trainingCurrent, LocalDate trainingValidUntil, List<TrainingView> training,
                       Instant createdAt, Instant lastSignedInAt, boolean passwordChangeRequired,
                       boolean secondFactorEnrolled, int unusedRecoveryCodes, boolean directoryAccount) {

    static UserView of(UserAccount account, LocalDate today) {
        return new UserView(account.username(), account.displayName(), account.roles(), account.isEnabled(),
                account.isLocked(), account.hasCurrentTraining(today), account.trainingValidUntil(today).orElse(null),
                account.training().stream().map(t -> new TrainingView(t.course(), t.completedOn(), t.expiresOn(),
                        t.recordedBy(), t.recordedAt(), t.isCurrentOn(today))).toList(),
                account.createdAt(), account.lastSignedInAt(), account.passwordChangeRequired(),
                account.secondFactorEnrolled(), account.unusedRecoveryCodes(), account.managedByDirectory());
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
