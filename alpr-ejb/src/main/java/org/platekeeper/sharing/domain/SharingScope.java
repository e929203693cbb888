package org.platekeeper.sharing.domain;

/** What an agreement lets a partner do (OD-R3). */
public enum SharingScope {
    /** Ask for our reads of one exact plate, under a case number and a permitted purpose. */
    QUERY_READS,
    /** Be told when our reads hit the partner's own hot-list entries. */
    RECEIVE_ALERTS,
    /** Send us hot-list entries, which become a hot list of that partner. */
    SEND_HOT_LIST_ENTRIES
}
