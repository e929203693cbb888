package org.platekeeper.access.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.platekeeper.access.domain.PasswordHash;
import org.platekeeper.access.domain.SignInOutcome;
import org.platekeeper.access.domain.UserAccount;
import org.platekeeper.access.domain.UserAccountRepository;
import org.platekeeper.audit.domain.AuditOutcome;
import org.platekeeper.audit.domain.AuditableAction;

/**
 * Checks credentials for the console and the API. Every attempt, successful or not, is an audit event; five
 * failures within fifteen minutes lock the account until an administrator unlocks it.
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

    public SignInResult signIn(String username, char[] password, String channel) {
        String name = normalisedOrNull(username);
        Optional<UserAccount> found = name == null ? Optional.empty() : accounts.findForUpdate(name);
        if (found.isEmpty()) {
            PasswordHash.simulateCheck(password); // answer as slowly as for a real account
            record(username, SignInOutcome.WRONG_CREDENTIALS, channel, "unknown user name");
            return SignInResult.refused(SignInOutcome.WRONG_CREDENTIALS, username);
        }
        UserAccount account = found.get();
        SignInOutcome outcome = account.signIn(password, Instant.now(clock));
        record(account.username(), outcome, channel, null);
        return outcome == SignInOutcome.SIGNED_IN
                ? new SignInResult(outcome, account.username(), account.roles())
                : SignInResult.refused(outcome, account.username());
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
            case SIGNED_IN -> AuditOutcome.SUCCESS;
            case WRONG_CREDENTIALS -> AuditOutcome.FAILURE;
            case LOCKED, DISABLED -> AuditOutcome.DENIED;
        };
        String details = "channel=" + channel + ", outcome=" + outcome + (note == null ? "" : ", " + note);
        String actor = username == null || username.isBlank() ? "(blank)" : username;
        audit.fire(AuditableAction.of("SIGN_IN", "user", actor, auditOutcome, details).by(actor));
    }
}
