package org.platekeeper.access.application;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.platekeeper.shared.domain.Role;
import org.platekeeper.access.domain.UserAccount;
import org.platekeeper.access.domain.UserAccountRepository;
import org.platekeeper.audit.domain.AuditOutcome;
import org.platekeeper.audit.domain.AuditableAction;
import org.platekeeper.policy.domain.PolicyProfile;
import org.platekeeper.shared.application.UnknownItemException;

/**
 * The signed-in user's own account, and the training gate (OD-AD2, OD-U4): a user whose training is not current
 * may sign in only to see that, and is refused every data function.
 */
@Stateless
@PermitAll
public class MyAccount {

    @Inject
    Event<AccessRevoked> revoked;

    @Inject
    UserAccountRepository accounts;

    @Inject
    PolicyProfile policy;

    @Inject
    Event<AuditableAction> audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    public UserView me() {
        String name = session.getCallerPrincipal().getName();
        UserAccount account = accounts.find(name).orElseThrow(() -> new UnknownItemException("user", name));
        return UserView.of(account, policy.today(clock));
    }

    /** The roles of an account that may still sign in; empty when it was disabled, locked or removed. */
    public Optional<Set<Role>> activeRoles(String username) {
        return accounts.find(username).filter(UserAccount::isEnabled).filter(a -> !a.isLocked())
                .map(UserAccount::roles);
    }

    /** True when the user exists, is enabled, not locked, and has training that is current today. */
    public boolean mayUseDataFunctions(String username) {
        return accounts.find(username)
                .filter(UserAccount::isEnabled)
                .filter(a -> !a.isLocked())
                .filter(a -> a.hasCurrentTraining(policy.today(clock)))
                .isPresent();
    }

    /** Records a sign-out from the console (AU-2). */
    public void recordSignOut(String username) {
        audit.fire(AuditableAction.of("SIGN_OUT", "user", username, AuditOutcome.SUCCESS, "console").by(username));
        revoked.fire(new AccessRevoked(username, "signed out"));
    }

    /** Records that a role check on the server turned a request away (AU-2, AC-6). */
    public void recordRoleRefusal(String username, String resource) {
        audit.fire(AuditableAction.of("ACCESS_REFUSED", "resource", resource, AuditOutcome.DENIED,
                "the caller's roles do not allow it").by(username == null ? "(anonymous)" : username));
    }

    /** Records that the training gate turned a request away. */
    public void recordTrainingRefusal(String username, String resource) {
        audit.fire(AuditableAction.of("ACCESS_REFUSED", "resource", resource, AuditOutcome.DENIED,
                "no current training record (OD-AD2)").by(username));
    }
}
