package org.platekeeper.access.application;

import java.util.Set;

import org.platekeeper.shared.domain.Role;
import org.platekeeper.access.domain.SignInOutcome;

/** The answer to a sign-in attempt: on success, who signed in and with which roles. */
public record SignInResult(SignInOutcome outcome, String username, Set<Role> roles) {

    public boolean signedIn() {
        return outcome == SignInOutcome.SIGNED_IN || outcome == SignInOutcome.SIGNED_IN_WITH_RECOVERY_CODE;
    }

    static SignInResult refused(SignInOutcome outcome, String username) {
        return new SignInResult(outcome, username, Set.of());
    }
}
