package org.platekeeper.audit.domain;

import java.util.List;
import java.util.Optional;

/**
 * The keys that sealed the audit chain, oldest first; the last seals new events. Events before {@code keyedFrom}
 * were recorded before the chain was keyed and carry a plain SHA-256; from there on an unsealed event is a forgery.
 */
public record ChainKeyring(List<ChainKey> keys, long keyedFrom) {

    public ChainKeyring {
        keys = List.copyOf(keys);
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("a keyring holds at least one key");
        }
        if (keys.stream().map(ChainKey::id).distinct().count() != keys.size()) {
            throw new IllegalArgumentException("two chain keys share an id");
        }
        if (keyedFrom < 1) {
            throw new IllegalArgumentException("keyed-from is an event number, 1 or more");
        }
    }

    public ChainKey current() {
        return keys.get(keys.size() - 1);
    }

    public Optional<ChainKey> find(String id) {
        return keys.stream().filter(k -> k.id().equals(id)).findFirst();
    }
}
