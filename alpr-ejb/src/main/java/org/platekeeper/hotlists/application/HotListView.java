package org.platekeeper.hotlists.application;

import java.time.Instant;
import java.util.UUID;

import org.platekeeper.hotlists.domain.HotList;
import org.platekeeper.hotlists.domain.HotListKind;
import org.platekeeper.hotlists.domain.HotListSource;

/** A list as the console and the API show it; its entries are asked for separately (PC-B3). */
public record HotListView(UUID id, String name, HotListKind kind, String kindLabel, HotListSource source,
                          boolean confidential, int entryCount, Instant loadedAt, String createdBy) {

    static HotListView of(HotList list) {
        return new HotListView(list.id(), list.name(), list.kind(), list.kind().label(), list.source(),
                list.source().confidential(), list.entryCount(), list.loadedAt(), list.createdBy());
    }
}
