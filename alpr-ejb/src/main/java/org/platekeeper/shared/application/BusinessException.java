package org.platekeeper.shared.application;

import jakarta.ejb.ApplicationException;

/**
 * Root of the exceptions a service throws when a request breaks a business rule. Rolls the transaction back, so
 * a refused request never leaves half-written records; the web layer turns each kind into a 4xx answer.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class BusinessException extends RuntimeException {

    protected BusinessException(String message) {
        super(message);
    }
}
