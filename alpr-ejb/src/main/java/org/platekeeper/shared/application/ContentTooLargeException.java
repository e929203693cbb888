package org.platekeeper.shared.application;

/** Content above a configured size, such as an oversized image (answered as 413). */
public class ContentTooLargeException extends BusinessException {

    public ContentTooLargeException(String message) {
        super(message);
    }
}
