package org.platekeeper.hotlists.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A custom hot-list entry (OD-H1..H4): requested by an officer with a reason and a case, CAD event or purpose,
 * approved or rejected by a supervisor, reviewed before its review date or expired when the review lapses, and
 * removed when no longer needed. Every step leaves an {@link EntryHistory}; nothing is deleted. Imported entries
 * share the table but not this life: an import replaces them wholesale.
 */
@Entity
@Table(name = "hot_list_entry")
public class HotListEntry {

    /** The reason length an entry needs where the agency sets none (OD-H3). */
    public static final int MIN_REASON_LENGTH = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "list_id", nullable = false, updatable = false)
    private UUID listId;

    @Column(name = "generation", nullable = false, updatable = false)
    private int generation;

    @Column(name = "plate", nullable = false, updatable = false, length = 16)
    private String plate;

    @Column(name = "state", updatable = false, length = 2)
    private String state;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private HotListKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private EntryStatus status;

    @Column(name = "reason", updatable = false, length = 500)
    private String reason;

    @Column(name = "case_number", updatable = false, length = 64)
    private String caseNumber;

    @Column(name = "cad_event", updatable = false, length = 64)
    private String cadEvent;

    @Column(name = "purpose", updatable = false, length = 32)
    private String purpose;

    @Column(name = "reference", updatable = false, length = 64)
    private String reference;

    @Column(name = "vehicle", updatable = false, length = 120)
    private String vehicle;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "review_due")
    private LocalDate reviewDue;

    @Column(name = "requested_by", updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", updatable = false)
    private Instant requestedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected HotListEntry() {
    }

    /**
     * An officer's request for a custom entry. The reason is mandatory (OD-H3) and the entry must be tied to a
     * case number, a CAD event or a purpose (OD-H2).
     */
    public static HotListEntry request(PlatePattern plate, String state, HotListKind kind, String reason,
                                       String caseNumber, String cadEvent, String purpose, String vehicle,
                                       LocalDate expiresOn, String requestedBy, Instant now, int minReason) {
        requireReason(reason, minReason);
        if (blank(caseNumber) && blank(cadEvent) && blank(purpose)) {
            throw new IllegalArgumentException("a custom entry must be tied to a case number, a CAD event or a "
                    + "purpose (OD-H2)");
        }
        HotListEntry entry = new HotListEntry();
        entry.listId = HotList.CUSTOM_ENTRIES;
        entry.generation = 0;
        entry.plate = Objects.requireNonNull(plate, "plate").text();
        entry.state = state;
        entry.kind = Objects.requireNonNull(kind, "kind");
        entry.status = EntryStatus.REQUESTED;
        entry.reason = limit(reason, 500);
        entry.caseNumber = limit(caseNumber, 64);
        entry.cadEvent = limit(cadEvent, 64);
        entry.purpose = limit(purpose, 32);
        entry.vehicle = limit(vehicle, 120);
        entry.expiresOn = expiresOn;
        entry.requestedBy = requestedBy;
        entry.requestedAt = now;
        return entry;
    }

    /**
     * An entry a partner agency sends under its agreement: active at once, since the partner's own process approved
     * it, but with its reason (OD-H3) and case number (OD-H2) like every entry not imported from a file.
     */
    public static HotListEntry fromPartner(UUID partnerList, PlatePattern plate, String state, HotListKind kind,
                                           String reason, String caseNumber, LocalDate expiresOn, String partner,
                                           Instant now, int minReason) {
        requireReason(reason, minReason);
        if (blank(caseNumber)) {
            throw new IllegalArgumentException("a partner's entry carries its case number (OD-H2)");
        }
        HotListEntry entry = new HotListEntry();
        entry.listId = Objects.requireNonNull(partnerList, "partnerList");
        entry.generation = 0;
        entry.plate = Objects.requireNonNull(plate, "plate").text();
        entry.state = state;
        entry.kind = Objects.requireNonNull(kind, "kind");
        entry.status = EntryStatus.ACTIVE;
        entry.reason = limit(reason, 500);
        entry.caseNumber = limit(caseNumber, 64);
        entry.expiresOn = expiresOn;
        entry.requestedBy = partner;
        entry.requestedAt = now;
        entry.decidedBy = partner;
        entry.decidedAt = now;
        return entry;
    }

    /** The first line of the entry's history, once it has its id. */
    public EntryHistory requested() {
        return new EntryHistory(id, requestedAt, requestedBy, "REQUESTED", reason);
    }

    /** A supervisor other than the requester activates the entry until its review date. */
    public EntryHistory approve(String supervisor, Instant now, LocalDate reviewDueOn, String note) {
        requireStatus(EntryStatus.REQUESTED, "approved");
        if (supervisor.equals(requestedBy)) {
            throw new IllegalStateException("an entry is approved by a supervisor other than the one who "
                    + "requested it");
        }
        status = EntryStatus.ACTIVE;
        decidedBy = supervisor;
        decidedAt = now;
        reviewDue = reviewDueOn;
        return new EntryHistory(id, now, supervisor, "APPROVED", note);
    }

    public EntryHistory reject(String supervisor, Instant now, String note) {
        requireStatus(EntryStatus.REQUESTED, "rejected");
        requireNote(note, "rejecting");
        status = EntryStatus.REJECTED;
        decidedBy = supervisor;
        decidedAt = now;
        return new EntryHistory(id, now, supervisor, "REJECTED", note);
    }

    /** A periodic review that finds the entry still needed keeps it until the next review date (OD-H4). */
    public EntryHistory review(String supervisor, Instant now, LocalDate nextReviewDue, String note) {
        requireStatus(EntryStatus.ACTIVE, "reviewed");
        requireNote(note, "reviewing");
        reviewDue = nextReviewDue;
        return new EntryHistory(id, now, supervisor, "REVIEWED", note);
    }

    /** Taken off the list because it is no longer needed; the entry and its history stay for the record. */
    public EntryHistory remove(String actor, Instant now, String note) {
        if (status != EntryStatus.ACTIVE && status != EntryStatus.REQUESTED) {
            throw new IllegalStateException("only an active or requested entry can be removed; this one is "
                    + status);
        }
        requireNote(note, "removing");
        status = EntryStatus.REMOVED;
        return new EntryHistory(id, now, actor, "REMOVED", note);
    }

    /** Whether the entry's review date or expiry date has passed (OD-H4). */
    public boolean lapsed(LocalDate today) {
        return status == EntryStatus.ACTIVE && ((reviewDue != null && reviewDue.isBefore(today))
                || (expiresOn != null && expiresOn.isBefore(today)));
    }

    public boolean reviewOverdue(LocalDate today) {
        return status == EntryStatus.ACTIVE && reviewDue != null && !reviewDue.isAfter(today);
    }

    public EntryHistory expire(Instant now, LocalDate today) {
        if (!lapsed(today)) {
            throw new IllegalStateException("the entry has not lapsed");
        }
        status = EntryStatus.EXPIRED;
        String why = reviewDue != null && reviewDue.isBefore(today) ? "review was due on " + reviewDue
                : "expired on " + expiresOn;
        return new EntryHistory(id, now, "system", "EXPIRED", why);
    }

    private void requireStatus(EntryStatus expected, String verb) {
        if (status != expected) {
            throw new IllegalStateException("only a " + expected.name().toLowerCase() + " entry can be " + verb
                    + "; this one is " + status);
        }
    }

    private static void requireNote(String note, String doing) {
        if (blank(note)) {
            throw new IllegalArgumentException("say why you are " + doing + " the entry");
        }
    }

    private static void requireReason(String reason, int minReason) {
        if (reason == null || reason.strip().length() < minReason) {
            throw new IllegalArgumentException("the reason for the entry must be documented in at least "
                    + minReason + " characters (OD-H3)");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String limit(String text, int max) {
        if (blank(text)) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw new IllegalArgumentException("a field is longer than " + max + " characters");
        }
        return stripped;
    }

    public Long id() {
        return id;
    }

    public UUID listId() {
        return listId;
    }

    public String plate() {
        return plate;
    }

    public String state() {
        return state;
    }

    public HotListKind kind() {
        return kind;
    }

    public EntryStatus status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public String cadEvent() {
        return cadEvent;
    }

    public String purpose() {
        return purpose;
    }

    public String reference() {
        return reference;
    }

    public String vehicle() {
        return vehicle;
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }

    public LocalDate reviewDue() {
        return reviewDue;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
