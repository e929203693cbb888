package org.platekeeper.hotlists.application;

/** Fired when the set of entries that can raise alerts has changed; the matcher rebuilds its index. */
public record HotListsChanged(String why) {
}
