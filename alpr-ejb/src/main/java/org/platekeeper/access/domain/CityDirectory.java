package org.platekeeper.access.domain;

import java.util.Set;

/**
 * The city's directory (LDAP, Active Directory) as sign-in sees it: it checks a person's password and tells their
 * groups. Only consulted when it is configured, and only for names that have no account with a password kept here.
 */
public interface CityDirectory {

    boolean configured();

    Answer verify(String username, char[] password);

    /** The person's entry and groups, found with the directory's service account, without their password. */
    Answer lookUp(String username);

    /** What the directory said of one sign-in. */
    record Answer(Verdict verdict, String entry, String displayName, Set<String> groups) {

        public static Answer of(Verdict verdict) {
            return new Answer(verdict, null, null, Set.of());
        }
    }

    enum Verdict {
        VERIFIED,
        WRONG_PASSWORD,
        NO_SUCH_PERSON,
        UNAVAILABLE
    }
}
