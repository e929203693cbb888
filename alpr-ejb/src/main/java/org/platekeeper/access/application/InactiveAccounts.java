package org.platekeeper.access.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.platekeeper.access.domain.UserAccount;
import org.platekeeper.access.domain.UserAccountRepository;
import org.platekeeper.audit.domain.AuditOutcome;
import org.platekeeper.audit.domain.AuditableAction;
import org.platekeeper.policy.domain.PolicyProfile;
import org.platekeeper.shared.application.ScheduledRuns;
import org.platekeeper.shared.domain.Role;

/**
 * AC-2: every night, the enabled accounts nobody has signed in to for the profile's inactive days are disabled, so
 * the user list shows them as such (a sign-in to one is refused and disables it even before then). The last enabled
 * administrator is kept, without whom nobody could enable anyone again. Idempotent; with servers sharing the database, one of them runs it each night.
 */
@Singleton
public class InactiveAccounts {

    private static final Logger LOG = Logger.getLogger(InactiveAccounts.class.getName());

    @Inject
    UserAccountRepository accounts;

    @Inject
    PolicyProfile policy;

    @Inject
    Event<AuditableAction> audit;

    @Inject
    Event<AccessRevoked> revoked;

    @Inject
    Clock clock;

    @Inject
    ScheduledRuns runs;

    @Schedule(hour = "2", minute = "40", persistent = false, info = "inactive accounts")
    void nightly() {
        if (!runs.claim("inactive-accounts", policy.today(clock).toString())) {
            return; // another server sharing the database has it tonight
        }
        List<String> disabled = disable();
        if (!disabled.isEmpty()) {
            LOG.info(() -> "Disabled " + disabled.size() + " accounts not signed in to for "
                    + policy.thresholds().inactiveAccountDays() + " days");
        }
    }

    /** The names of the accounts it disabled. */
    public List<String> disable() {
        Instant now = Instant.now(clock);
        Duration limit = policy.thresholds().inactivityLimit();
        List<UserAccount> all = accounts.all();
        long administrators = all.stream().filter(UserAccount::isEnabled)
                .filter(a -> a.hasRole(Role.ADMINISTRATOR)).count();
        List<String> disabled = new ArrayList<>();
        for (UserAccount account : all) {
            boolean lastAdministrator = account.hasRole(Role.ADMINISTRATOR) && administrators <= 1;
            if (lastAdministrator || !account.disableIfInactive(limit, now)) {
                continue;
            }
            if (account.hasRole(Role.ADMINISTRATOR)) {
                administrators--;
            }
            audit.fire(AuditableAction.of("ACCOUNT_DISABLED", "user", account.username(), AuditOutcome.SUCCESS,
                    "not signed in to for " + limit.toDays() + " days (AC-2)").by("system"));
            revoked.fire(new AccessRevoked(account.username(), "the account was disabled as inactive"));
            disabled.add(account.username());
        }
        return disabled;
    }
}
