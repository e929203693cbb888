package org.platekeeper.shared.application;

/** Content of a kind the system does not take, such as an image that is not a JPEG (answered as 415). */
public class UnsupportedContentException extends BusinessException {

    public UnsupportedContentException(String message) {
        super(message);
    }
}
