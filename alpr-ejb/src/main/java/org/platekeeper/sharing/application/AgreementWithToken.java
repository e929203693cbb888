package org.platekeeper.sharing.application;

/** An agreement and its new partner credential, shown this once: only its hash is kept. */
public record AgreementWithToken(AgreementView agreement, String token) {
}
