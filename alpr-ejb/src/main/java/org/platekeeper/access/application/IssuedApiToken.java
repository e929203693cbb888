package org.platekeeper.access.application;

/** A token just issued, with its secret: shown this once, kept nowhere. */
public record IssuedApiToken(ApiTokenView token, String secret) {

    @Override
    public String toString() {
        return "IssuedApiToken[" + token.id() + "]";
    }
}
