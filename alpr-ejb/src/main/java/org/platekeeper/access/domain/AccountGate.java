package org.platekeeper.access.domain;

/** Whether a signed-in user may use the data functions, or what they must do first. */
public enum AccountGate {
    OPEN,
    /** IA-5: an administrator reset the password; only the user's own profile is open until they change it. */
    PASSWORD_CHANGE_REQUIRED,
    /** IA-2: the profile requires a second factor and the user has none yet; only their profile is open. */
    SECOND_FACTOR_ENROLMENT_REQUIRED,
    /** OD-AD2: no current training record. */
    TRAINING_REQUIRED
}
