package org.platekeeper.hotlists.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step in the life of a custom entry: who did what, when and why. Never changed, never deleted. */
@Entity
@Table(name = "hot_list_entry_history")
public class EntryHistory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "entry_id", nullable = false, updatable = false)
    private Long entryId;

    @Column(name = "at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "actor", nullable = false, updatable = false)
    private String actor;

    @Column(name = "action", nullable = false, updatable = false)
    private String action;

    @Column(name = "note", updatable = false, length = 500)
    private String note;

    protected EntryHistory() {
    }

    EntryHistory(Long entryId, Instant at, String actor, String action, String note) {
        this.entryId = entryId;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String note() {
        return note;
    }
}
