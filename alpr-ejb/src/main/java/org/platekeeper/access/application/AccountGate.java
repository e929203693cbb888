package org.platekeeper.access.application;

/** Whether a signed-in user may use the data functions, or what they must do first. */
public enum AccountGate {
    OPEN,
    /** IA-5: an administrator reset the password; only the user's own profile is open until they change it. */
    PASSWORD_CHANGE_REQUIRED,
    /** OD-AD2: no current training record. */
    TRAINING_REQUIRED
}
