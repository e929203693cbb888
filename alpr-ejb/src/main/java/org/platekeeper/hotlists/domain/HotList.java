package org.platekeeper.hotlists.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.platekeeper.shared.domain.Role;
import org.platekeeper.shared.domain.TimeOrderedId;

/**
 * A hot list (OD-D1): plates of interest for one reason, from one source. An imported list is replaced whole by
 * each import: the entries of the new generation are loaded beside the active ones, and the list switches to them
 * in one step when they are complete, so matching never sees half a list.
 */
@Entity
@Table(name = "hot_list")
public class HotList {

    /** The roles cleared for confidential state and federal data (PC-B3). */
    public static final Set<Role> CLEARED_FOR_CONFIDENTIAL = Set.of(Role.OFFICER, Role.INVESTIGATOR,
            Role.SUPERVISOR);

    /** The list that holds the entries officers request (OD-H1), created with the schema. */
    public static final UUID CUSTOM_ENTRIES = UUID.fromString("018f0000-0000-7000-8000-000000000001");

    @Id
    private UUID id;

    @Column(name = "name", nullable = false, unique = true, length = 120)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private HotListKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false)
    private HotListSource source;

    @Column(name = "active_generation", nullable = false)
    private int activeGeneration;

    @Column(name = "entry_count", nullable = false)
    private int entryCount;

    @Column(name = "loaded_at")
    private Instant loadedAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected HotList() {
    }

    /** A new list that file imports fill. */
    public static HotList create(String name, HotListKind kind, HotListSource source, String createdBy,
                                 Instant now) {
        if (name == null || name.isBlank() || name.strip().length() > 120) {
            throw new IllegalArgumentException("a list needs a name of at most 120 characters");
        }
        if (source == HotListSource.CUSTOM) {
            throw new IllegalArgumentException("custom entries are requested one by one, into the custom list");
        }
        HotList list = new HotList();
        list.id = TimeOrderedId.at(now);
        list.name = name.strip();
        list.kind = Objects.requireNonNull(kind, "kind");
        list.source = Objects.requireNonNull(source, "source");
        list.createdBy = createdBy;
        list.createdAt = now;
        return list;
    }

    /** Whether someone holding these roles may see the entries (PC-B3). */
    public boolean visibleTo(Set<Role> roles) {
        if (source.confidential()) {
            return roles.stream().anyMatch(CLEARED_FOR_CONFIDENTIAL::contains);
        }
        return roles.stream().anyMatch(r -> r != Role.RECORDS_CLERK && r != Role.COMMAND_STAFF);
    }

    /** The generation an import writes its entries into. */
    public int nextGeneration() {
        if (!source.imported()) {
            throw new IllegalStateException("the custom list is not imported");
        }
        return activeGeneration + 1;
    }

    /** Switches matching to a fully loaded generation; the previous one can then be deleted. */
    public int activate(int generation, int entries, Instant now) {
        int previous = activeGeneration;
        activeGeneration = generation;
        entryCount = entries;
        loadedAt = now;
        return previous;
    }

    public void countEntries(int entries) {
        entryCount = entries;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public HotListKind kind() {
        return kind;
    }

    public HotListSource source() {
        return source;
    }

    public int activeGeneration() {
        return activeGeneration;
    }

    public int entryCount() {
        return entryCount;
    }

    public Instant loadedAt() {
        return loadedAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
