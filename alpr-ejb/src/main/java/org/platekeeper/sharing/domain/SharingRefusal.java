package org.platekeeper.sharing.domain;

/** Why a partner's request is refused, and the clause that says so; the partner is told both and the refusal kept. */
public record SharingRefusal(String clause, String reason) {
}
