package org.platekeeper.access.domain;

/** What became of one sign-in attempt. */
public enum SignInOutcome {
    SIGNED_IN,
    /** Signed in with a recovery code as the second factor, which is now used up. */
    SIGNED_IN_WITH_RECOVERY_CODE,
    /** The right password of an account with a second factor, without its code: not a failure, not signed in. */
    SECOND_FACTOR_REQUIRED,
    WRONG_CREDENTIALS,
    /** Too many failures in the lockout window: refused until the lock lapses or an administrator unlocks it. */
    LOCKED,
    /** The right password for a disabled account. */
    DISABLED,
    /** The right password for an account nobody had signed in to for too long (AC-2): disabled by this attempt. */
    INACTIVE,
    /** Too many failures from the client's address lately: not checked at all. */
    THROTTLED,
    /** The city directory, which holds the password, did not answer (IA-2). */
    DIRECTORY_UNAVAILABLE,
    /** The directory knows the person and the password, but puts them in none of Platekeeper's groups. */
    NO_DIRECTORY_ROLE
}
