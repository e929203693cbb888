package org.platekeeper.access.application;

import java.time.Instant;
import java.util.UUID;

import org.platekeeper.access.domain.ApiToken;

/** A personal API token as its owner and administrators see it: never the secret, nor its hash. */
public record ApiTokenView(UUID id, String owner, String label, Instant createdAt, Instant expiresAt,
                           Instant lastUsedAt, Instant revokedAt, String revokedBy, String status) {

    static ApiTokenView of(ApiToken token, Instant now) {
        String status = token.revokedAt() != null ? "revoked" : token.usableAt(now) ? "active" : "expired";
        return new ApiTokenView(token.id(), token.owner().username(), token.label(), token.createdAt(),
                token.expiresAt(), token.lastUsedAt(), token.revokedAt(), token.revokedBy(), status);
    }

    public boolean active() {
        return "active".equals(status);
    }
}
