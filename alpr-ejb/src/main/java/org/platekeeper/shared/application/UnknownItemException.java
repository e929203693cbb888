package org.platekeeper.shared.application;

/** The request names something that does not exist (answered as 404). */
public class UnknownItemException extends BusinessException {

    public UnknownItemException(String kind, String key) {
        super(kind + " '" + key + "' does not exist");
    }
}
