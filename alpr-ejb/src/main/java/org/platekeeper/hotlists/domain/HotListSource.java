package org.platekeeper.hotlists.domain;

/** Where a list's entries come from. */
public enum HotListSource {
    /** An NCIC hot-file extract: confidential federal data (PC-B3). */
    NCIC(true),
    /** A state's hot file: confidential state data (PC-B3). */
    STATE(true),
    /** A file the agency produces itself. */
    LOCAL(false),
    /** Entries officers request one by one and supervisors approve (OD-H1). */
    CUSTOM(false),
    /** Entries a partner agency sends under its sharing agreement, each with its case number and reason. */
    PARTNER(false);

    private final boolean confidential;

    HotListSource(boolean confidential) {
        this.confidential = confidential;
    }

    /** Whether only roles authorised for state and federal data may see the entries (PC-B3). */
    public boolean confidential() {
        return confidential;
    }

    /** Whether the list is filled by file imports (custom and partner entries come one by one). */
    public boolean imported() {
        return this != CUSTOM && this != PARTNER;
    }
}
