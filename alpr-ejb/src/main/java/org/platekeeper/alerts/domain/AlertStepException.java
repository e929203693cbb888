package org.platekeeper.alerts.domain;

/** A step of the alert flow taken out of order, or without what it needs. */
public class AlertStepException extends RuntimeException {

    private final boolean outOfOrder;

    public AlertStepException(String message, boolean outOfOrder) {
        super(message);
        this.outOfOrder = outOfOrder;
    }

    public boolean outOfOrder() {
        return outOfOrder;
    }
}
