package org.platekeeper.hotlists.domain;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/** The bulk side of hot lists: loading an import's entries and reading every active entry for the index. */
public interface HotListEntryStore {

    void insert(UUID listId, int generation, List<ImportedEntry> entries);

    void progress(UUID importId, long bytesRead, int linesRead, int accepted, int rejected);

    /** Deletes one generation of a list's entries, in chunks so that a large list never holds one long lock. */
    void deleteGeneration(UUID listId, int generation);

    /** Every entry that can raise an alert now: active, in its list's active generation, not expired. */
    void forEachActive(java.time.LocalDate today, Consumer<HotListIndex.Entry> entries);
}
