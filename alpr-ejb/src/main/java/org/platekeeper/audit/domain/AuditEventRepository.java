package org.platekeeper.audit.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The append-only store of audit events. */
public interface AuditEventRepository {

    /** The chain head, locked until the transaction ends so appends from any server are serialised. */
    AuditChainHead lockHead();

    AuditChainHead head();

    void add(AuditEvent event);

    /** Up to {@code limit} events with sequence numbers in (afterSequence, upToSequence], in sequence order. */
    List<AuditEvent> between(long afterSequence, long upToSequence, int limit);

    /**
     * The last event of each day in {@code [from, to]} as the agency counts days, oldest day first; days with no
     * event are left out.
     */
    List<AuditAnchor> dailyAnchors(LocalDate from, LocalDate to, ZoneId zone);

    /**
     * Blanks the object and details of the sealed events of these object types recorded before {@code cutoff}
     * (PC-C1, PC-G1); returns how many.
     */
    int redactBefore(Instant cutoff, Set<String> objectTypes);

    /**
     * Deletes the events at the start of the chain recorded before {@code cutoff}, up to the first later one, and
     * makes the last deleted the chain's anchor. Runs with the head locked.
     */
    Optional<AuditPurge> purgeBefore(Instant cutoff);

    /** Newest first, filtered by whatever is not null. */
    List<AuditEvent> search(String actor, String action, Instant from, Instant to, int offset, int limit);
}
