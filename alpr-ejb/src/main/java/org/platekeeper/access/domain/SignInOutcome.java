package org.platekeeper.access.domain;

/** What became of one sign-in attempt. */
public enum SignInOutcome {
    SIGNED_IN,
    WRONG_CREDENTIALS,
    /** Too many failures in the lockout window: refused until an administrator unlocks the account. */
    LOCKED,
    DISABLED
}
