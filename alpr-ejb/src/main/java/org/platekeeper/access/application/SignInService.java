package org.platekeeper.access.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.platekeeper.access.domain.PasswordHash;
import org.platekeeper.access.domain.SignInOutcome;
import org.platekeeper.access.domain.UserAccount;
import org.platekeeper.access.domain.UserAccountRepository;
import org.platekeeper.audit.domain.AuditOutcome;
import org.platekeeper.audit.domain.AuditableAction;
import org.platekeeper.policy.domain.PolicyProfile;
import org.platekeeper.shared.application.RequestOrigin;

/**
 * Checks credentials for the console and the API. Every attempt, successful or not, is an audit event; five
 * failures within fifteen minutes lock the account for fifteen minutes (or until an administrator unlocks it), and
 * an address that fails too often is not heard for a while (AC-7). Unknown users, wrong passwords and locked
 * accounts get the same answer in the same time, so the answer tells no one which names exist.
 */
@Stateless
@PermitAll
public class SignInService {

    @Inject
    UserAccountRepository accounts;

    @Inject
    Event<AuditableAction> audit;

    @Inject
    Clock clock;

    @Inject
    PolicyProfile policy;

    @Inject
    SignInThrottle throttle;

    @Inject
    Instance<RequestOrigin> origin;

    public SignInResult signIn(String username, char[] password, String channel) {
        return signIn(username, password, null, channel);
    }

    /**
     * As {@link #signIn(String, char[], String)}, with the second factor (IA-2) of an account that has one: a code
     * from its authenticator app or a recovery code. Without it the right password gets SECOND_FACTOR_REQUIRED.
     */
    public SignInResult signIn(String username, char[] password, String secondFactor, String channel) {
        String address = clientAddress();
        if (throttle.throttled(address)) {
            record(username, SignInOutcome.THROTTLED, channel, "too many failures from " + address);
            return SignInResult.refused(SignInOutcome.THROTTLED, username);
        }
        String name = normalisedOrNull(username);
        Optional<UserAccount> found = name == null ? Optional.empty() : accounts.findForUpdate(name);
        if (found.isEmpty()) {
            PasswordHash.simulateCheck(password); // answer as slowly as for a real account
            throttle.failed(address);
            record(username, SignInOutcome.WRONG_CREDENTIALS, channel, "unknown user name");
            return SignInResult.refused(SignInOutcome.WRONG_CREDENTIALS, username);
        }
        UserAccount account = found.get();
        boolean wasLocked = account.isLocked() && Instant.now(clock).isBefore(account.lockedUntil());
        Instant now = Instant.now(clock);
        SignInOutcome outcome = account.signIn(password, now, policy.thresholds().inactivityLimit());
        String note = outcome == SignInOutcome.INACTIVE ? "not signed in to for "
                + policy.thresholds().inactiveAccountDays() + " days: disabled (AC-2)" : null;
        if (outcome == SignInOutcome.SIGNED_IN && account.secondFactorEnrolled()) {
            outcome = secondFactor == null || secondFactor.isBlank() ? SignInOutcome.SECOND_FACTOR_REQUIRED
                    : account.secondFactor(secondFactor, now);
            note = switch (outcome) {
                case SIGNED_IN -> "second factor: one-time code";
                case SIGNED_IN_WITH_RECOVERY_CODE -> "second factor: a recovery code, " + account.unusedRecoveryCodes()
                        + " left";
                case SECOND_FACTOR_REQUIRED -> "right password, no second factor given";
                default -> "right password, wrong second factor";
            };
        }
        if (wasLocked) {
            PasswordHash.simulateCheck(password); // as slowly as a checked password
        }
        boolean signedIn = outcome == SignInOutcome.SIGNED_IN || outcome == SignInOutcome.SIGNED_IN_WITH_RECOVERY_CODE;
        if (!signedIn && outcome != SignInOutcome.SECOND_FACTOR_REQUIRED) {
            throttle.failed(address);
        }
        record(account.username(), outcome, channel, note);
        return signedIn
                ? new SignInResult(outcome, account.username(), account.roles())
                : SignInResult.refused(outcome, account.username());
    }

    private String clientAddress() {
        try {
            return origin.isResolvable() ? origin.get().clientAddress() : null;
        } catch (jakarta.enterprise.context.ContextNotActiveException noRequest) {
            return null;
        }
    }

    private static String normalisedOrNull(String username) {
        try {
            return UserAccount.normaliseUsername(username);
        } catch (IllegalArgumentException notAName) {
            return null;
        }
    }

    private void record(String username, SignInOutcome outcome, String channel, String note) {
        AuditOutcome auditOutcome = switch (outcome) {
            case SIGNED_IN, SIGNED_IN_WITH_RECOVERY_CODE -> AuditOutcome.SUCCESS;
            case WRONG_CREDENTIALS -> AuditOutcome.FAILURE;
            case LOCKED, DISABLED, INACTIVE, THROTTLED, SECOND_FACTOR_REQUIRED -> AuditOutcome.DENIED;
        };
        String details = "channel=" + channel + ", outcome=" + outcome + (note == null ? "" : ", " + note);
        String actor = username == null || username.isBlank() ? "(blank)" : username;
        audit.fire(AuditableAction.of("SIGN_IN", "user", actor, auditOutcome, details).by(actor));
    }
}
