package org.platekeeper.access.domain;

import java.util.List;
import java.util.Optional;

/** Stored user accounts. */
public interface UserAccountRepository {

    Optional<UserAccount> find(String username);

    /** Loads the account with a row lock, for updates that must not race (sign-in counters). */
    Optional<UserAccount> findForUpdate(String username);

    List<UserAccount> all();

    boolean exists(String username);

    void add(UserAccount account);
}
