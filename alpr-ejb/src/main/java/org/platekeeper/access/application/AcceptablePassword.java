package org.platekeeper.access.application;

import java.util.List;

import org.platekeeper.access.domain.PasswordHash;
import org.platekeeper.access.domain.PasswordRules;
import org.platekeeper.policy.domain.PolicyProfile;
import org.platekeeper.shared.application.InvalidRequestException;

/** The profile's password rules applied where a password is set: at creation, by its owner, at a reset. */
final class AcceptablePassword {

    private AcceptablePassword() {
    }

    /** The hash of the password, or a 400 that says every reason it is refused. */
    static PasswordHash hashed(PolicyProfile policy, char[] password, String username, String displayName) {
        List<String> problems = new PasswordRules(policy.thresholds().passwordMinLength())
                .problems(password, username, displayName);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException("the password is refused (IA-5): " + String.join("; ", problems));
        }
        return PasswordHash.of(password);
    }
}
