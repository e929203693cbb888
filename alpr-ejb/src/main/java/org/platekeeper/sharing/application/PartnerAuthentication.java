package org.platekeeper.sharing.application;

import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.platekeeper.shared.domain.BearerSecret;
import org.platekeeper.sharing.domain.PartnerToken;
import org.platekeeper.sharing.domain.SharingRepository;

/**
 * Recognises a partner by its agreement's credential. A credential of an agreement that is suspended or expired is
 * still recognised, so the partner's request is refused with the reason and the refusal logged (OD-R3); a
 * credential nobody issued, or one revoked, is not.
 */
@Stateless
@PermitAll
public class PartnerAuthentication {

    /** The principal name prefix of a signed-in partner. */
    public static final String PRINCIPAL_PREFIX = "partner:";

    @Inject
    SharingRepository sharing;

    public Optional<String> authenticate(String token) {
        if (!PartnerToken.looksLikeOne(token)) {
            return Optional.empty();
        }
        return sharing.agreementByTokenHash(BearerSecret.hashOf(token)).map(a -> PRINCIPAL_PREFIX + a.id());
    }

    public static boolean isPartnerCredential(String token) {
        return PartnerToken.looksLikeOne(token);
    }

    public static Optional<UUID> agreementId(String principalName) {
        if (principalName == null || !principalName.startsWith(PRINCIPAL_PREFIX)) {
            return Optional.empty();
        }
        return Optional.of(UUID.fromString(principalName.substring(PRINCIPAL_PREFIX.length())));
    }
}
