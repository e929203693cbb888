package org.platekeeper.alerts.domain;

/** How an alert ended (OD-V4). The first three are actions that only a confirmed hit can lead to. */
public enum Disposition {
    ARREST(true), VEHICLE_RECOVERED(true), PERSON_LOCATED(true), NO_ACTION(false), MISREAD(false), OTHER(false);

    private final boolean action;

    Disposition(boolean action) {
        this.action = action;
    }

    public boolean isAction() {
        return action;
    }
}
