package org.platekeeper.shared.domain;

/**
 * What a person may do in the system. Role names are the security role names used by the container, so each
 * check of a role happens on the server ({@code @RolesAllowed}, security constraints), never only in a page.
 */
public enum Role {
    /** Runs the program: users, training records, cameras, policy profile, sensitive locations (OD-AD1). */
    ADMINISTRATOR,
    /** Receives and verifies real-time alerts; requests custom hot-list entries. */
    OFFICER,
    /** Runs historical searches under a case number or purpose; requests legal holds and evidence. */
    INVESTIGATOR,
    /** Approves custom hot-list entries, legal holds and searches near sensitive locations. */
    SUPERVISOR,
    /** Answers open-records requests and produces compliance reports. */
    RECORDS_CLERK,
    /** Reviews the audit trail, verifies its chain, records findings and misuse cases. */
    AUDITOR,
    /** Reads dashboards and reports. */
    COMMAND_STAFF;

    /** Role names as constants, for annotations that need compile-time strings. */
    public static final class Names {
        public static final String ADMINISTRATOR = "ADMINISTRATOR";
        public static final String OFFICER = "OFFICER";
        public static final String INVESTIGATOR = "INVESTIGATOR";
        public static final String SUPERVISOR = "SUPERVISOR";
        public static final String RECORDS_CLERK = "RECORDS_CLERK";
        public static final String AUDITOR = "AUDITOR";
        public static final String COMMAND_STAFF = "COMMAND_STAFF";
        /** Not a person's role: what a registered camera signs in with, to send reads and nothing else. */
        public static final String CAMERA = "CAMERA";
        /** Not a person's role: what a partner agency signs in with under its agreement, for the partner API only. */
        public static final String PARTNER = "PARTNER";

        private Names() {
        }
    }
}
