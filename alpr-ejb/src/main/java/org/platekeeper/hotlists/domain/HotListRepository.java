package org.platekeeper.hotlists.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface HotListRepository {

    List<HotList> lists();

    Optional<HotList> find(UUID id);

    boolean nameTaken(String name);

    void add(HotList list);

    /** Persists a new entry and assigns its id at once, so that its history can refer to it. */
    void add(HotListEntry entry);

    void add(EntryHistory step);

    void add(HotListImport started);

    Optional<HotListEntry> entry(long id);

    /** Entries of the list's active generation, plates starting with {@code platePrefix} (or all), by plate. */
    List<HotListEntry> activeEntries(HotList list, String platePrefix, int limit);

    List<HotListEntry> customEntries(EntryStatus status, int limit);

    List<HotListEntry> customEntriesRequestedBy(String username, int limit);

    /** Active custom entries whose review falls on or before the day. */
    List<HotListEntry> reviewDueBy(LocalDate day);

    /** Active custom entries whose review or expiry date is before the day. */
    List<HotListEntry> lapsedBefore(LocalDate day);

    int countActiveCustom();

    List<EntryHistory> history(long entryId);

    Optional<HotListImport> findImport(UUID id);

    List<HotListImport> imports(UUID listId, int limit);

    /** Imports still marked running that this server (or a server before servers were recorded) ran. */
    List<HotListImport> runningOn(String server);
}
