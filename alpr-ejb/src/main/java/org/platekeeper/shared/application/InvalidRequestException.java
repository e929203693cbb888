package org.platekeeper.shared.application;

/** The request is well-formed but its content is not acceptable (answered as 400). */
public class InvalidRequestException extends BusinessException {

    public InvalidRequestException(String message) {
        super(message);
    }
}
