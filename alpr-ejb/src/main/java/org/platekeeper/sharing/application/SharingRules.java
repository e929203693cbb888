package org.platekeeper.sharing.application;

import java.util.function.Supplier;

import org.platekeeper.shared.application.ConflictException;
import org.platekeeper.shared.application.InvalidRequestException;
import org.platekeeper.shared.application.PolicyViolationException;
import org.platekeeper.sharing.domain.SharingRuleException;

/**
 * The sharing domain's refusals as the services' business exceptions, which roll the transaction back and answer
 * 4xx: a policy rule with its clause (403), a step the state does not allow (409), a missing or bad value (400).
 */
final class SharingRules {

    private SharingRules() {
    }

    static <T> T applied(Supplier<T> step) {
        try {
            return step.get();
        } catch (SharingRuleException rule) {
            throw new PolicyViolationException(rule.clause(), rule.getMessage());
        } catch (IllegalStateException wrongState) {
            throw new ConflictException(wrongState.getMessage());
        } catch (IllegalArgumentException invalid) {
            throw new InvalidRequestException(invalid.getMessage());
        }
    }

    static void applied(Runnable step) {
        applied(() -> {
            step.run();
            return null;
        });
    }
}
