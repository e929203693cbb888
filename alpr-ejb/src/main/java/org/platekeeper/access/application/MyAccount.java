package org.platekeeper.access.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.platekeeper.shared.domain.Role;
import org.platekeeper.access.domain.AccountGate;
import org.platekeeper.access.domain.RecoveryCodes;
import org.platekeeper.access.domain.SignInOutcome;
import org.platekeeper.access.domain.TimeBasedCodes;
import org.platekeeper.access.domain.UserAccount;
import org.platekeeper.access.domain.UserAccountRepository;
import org.platekeeper.audit.domain.AuditOutcome;
import org.platekeeper.audit.domain.AuditableAction;
import org.platekeeper.policy.domain.PolicyProfile;
import org.platekeeper.shared.application.InvalidRequestException;
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

    /** IA-2: every user needs a second factor before the data functions open (ALPR_MFA_REQUIRED, default true). */
    @Inject
    @ConfigProperty(name = "ALPR_MFA_REQUIRED", defaultValue = "true")
    boolean secondFactorRequired;

    public UserView me() {
        String name = session.getCallerPrincipal().getName();
        UserAccount account = accounts.find(name).orElseThrow(() -> new UnknownItemException("user", name));
        return UserView.of(account, policy.today(clock));
    }

    /** The roles of an account that may still sign in; empty when it was disabled, locked or removed. */
    public Optional<Set<Role>> activeRoles(String username) {
        return active(username).map(UserAccount::roles);
    }

    /**
     * For remembered HTTP Basic credentials: as {@link #activeRoles(String)}, and empty too when the password changed
     * after it was verified or the account has a second factor since, which HTTP Basic cannot give.
     */
    public Optional<Set<Role>> activeRoles(String username, Instant passwordVerifiedAt) {
        return active(username)
                .filter(a -> a.passwordChangedAt() == null || a.passwordChangedAt().isBefore(passwordVerifiedAt))
                .filter(a -> !a.secondFactorEnrolled())
                .map(UserAccount::roles);
    }

    /** Enabled, not locked and not inactive (AC-2: an inactive one must sign in afresh, which disables it). */
    private Optional<UserAccount> active(String username) {
        return enabledAndUnlocked(username)
                .filter(a -> !a.inactiveFor(policy.thresholds().inactivityLimit(), Instant.now(clock)));
    }

    private Optional<UserAccount> enabledAndUnlocked(String username) {
        return accounts.find(username).filter(UserAccount::isEnabled).filter(a -> !a.isLocked());
    }

    /** The caller's own account, locked for the change about to be made to it. */
    private UserAccount callerForUpdate() {
        String name = session.getCallerPrincipal().getName();
        return accounts.findForUpdate(name).orElseThrow(() -> new UnknownItemException("user", name));
    }

    /** True when the user exists, is enabled, not locked, and has training that is current today. */
    public boolean mayUseDataFunctions(String username) {
        return gate(username) == AccountGate.OPEN;
    }

    /** What stands between a signed-in user and the data functions, if anything (one read of the account). */
    public AccountGate gate(String username) {
        return enabledAndUnlocked(username).map(a -> a.gate(policy.today(clock), secondFactorRequired))
                // refused all the same: the authentication turns a disabled or locked account away first
                .orElse(AccountGate.TRAINING_REQUIRED);
    }

    /**
     * IA-5: the signed-in user replaces their password, giving the current one. A wrong current password counts
     * as a failed sign-in (AC-7), so a left-open session cannot be used to guess it; it is answered, not thrown, so
     * that the failure and its audit event are committed.
     *
     * @return false when the current password was wrong, and nothing changed
     */
    public boolean changePassword(char[] currentPassword, char[] newPassword) {
        UserAccount account = callerForUpdate();
        String name = account.username();
        if (account.managedByDirectory()) {
            throw new InvalidRequestException("your password is kept in the city directory: change it there");
        }
        Instant now = Instant.now(clock);
        if (account.signIn(currentPassword, now, policy.thresholds().inactivityLimit()) != SignInOutcome.SIGNED_IN) {
            audit.fire(AuditableAction.of("PASSWORD_CHANGED", "user", name, AuditOutcome.FAILURE,
                    "the current password given was wrong").by(name));
            return false;
        }
        if (Arrays.equals(currentPassword, newPassword)) {
            throw new InvalidRequestException("the new password is the current one");
        }
        account.changePassword(AcceptablePassword.hashed(policy, newPassword, name, account.displayName()), now);
        audit.fire(AuditableAction.of("PASSWORD_CHANGED", "user", name, AuditOutcome.SUCCESS, null).by(name));
        return true;
    }

    /**
     * IA-2: starts the enrolment of an authenticator app; the secret counts once {@link #confirmSecondFactor}
     * receives a code from it. Starting again replaces a secret that was never confirmed.
     */
    public SecondFactorEnrolment beginSecondFactor() {
        UserAccount account = callerForUpdate();
        String name = account.username();
        String secret = TimeBasedCodes.newSecret();
        account.beginSecondFactor(secret);
        audit.fire(AuditableAction.of("SECOND_FACTOR_ENROLMENT_STARTED", "user", name, AuditOutcome.SUCCESS,
                account.secondFactorEnrolled() ? "replacing the current authenticator" : null).by(name));
        return new SecondFactorEnrolment(secret, TimeBasedCodes.uri(policy.agency() + " Platekeeper", name, secret));
    }

    /**
     * Confirms the enrolment with a code from the app and answers the ten recovery codes, which are shown this once.
     * A wrong code is answered, not thrown, so its audit event stays.
     */
    public Optional<List<String>> confirmSecondFactor(String code) {
        UserAccount account = callerForUpdate();
        String name = account.username();
        if (account.pendingSecondFactor().isEmpty()) {
            throw new InvalidRequestException("start the enrolment first (POST /api/v1/me/second-factor)");
        }
        List<String> recovery = RecoveryCodes.generate();
        boolean confirmed = account.confirmSecondFactor(code, Instant.now(clock),
                recovery.stream().map(RecoveryCodes::digest).toList());
        audit.fire(AuditableAction.of("SECOND_FACTOR_ENROLLED", "user", name,
                confirmed ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE,
                confirmed ? recovery.size() + " recovery codes issued" : "the code did not match")
                .by(name));
        return confirmed ? Optional.of(recovery) : Optional.empty();
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

    /** Records that a request was turned away until the user replaces a reset password (IA-5). */
    public void recordPasswordChangeRefusal(String username, String resource) {
        audit.fire(AuditableAction.of("ACCESS_REFUSED", "resource", resource, AuditOutcome.DENIED,
                "the password was reset and must be changed first (IA-5)").by(username));
    }

    /** Records that a request was turned away until the user sets up a second factor (IA-2). */
    public void recordSecondFactorRefusal(String username, String resource) {
        audit.fire(AuditableAction.of("ACCESS_REFUSED", "resource", resource, AuditOutcome.DENIED,
                "no second factor set up (IA-2)").by(username));
    }

    /** Records that the training gate turned a request away. */
    public void recordTrainingRefusal(String username, String resource) {
        audit.fire(AuditableAction.of("ACCESS_REFUSED", "resource", resource, AuditOutcome.DENIED,
                "no current training record (OD-AD2)").by(username));
    }
}
