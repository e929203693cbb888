package org.platekeeper.audit.domain;

/** Where the chain keys are kept: outside the database, so that holding the database is not enough to forge. */
public interface ChainKeyStore {

    /**
     * The keyring; the first call on a server without one creates a key, and the chain is keyed from
     * {@code nextSequence} (the event about to be appended) on.
     */
    ChainKeyring keyring(long nextSequence);
}
