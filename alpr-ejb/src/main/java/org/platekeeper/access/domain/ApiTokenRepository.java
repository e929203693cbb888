package org.platekeeper.access.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stored personal API tokens. */
public interface ApiTokenRepository {

    Optional<ApiToken> byHash(String tokenHash);

    Optional<ApiToken> find(UUID id);

    /** The owner's tokens, newest first, revoked and expired ones included. */
    List<ApiToken> of(UserAccount owner);

    void add(ApiToken token);
}
