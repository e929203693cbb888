package org.platekeeper.shared.application;

/** The request contradicts what is already stored, such as a user name that is taken (answered as 409). */
public class ConflictException extends BusinessException {

    public ConflictException(String message) {
        super(message);
    }
}
