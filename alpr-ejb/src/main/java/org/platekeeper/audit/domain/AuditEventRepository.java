package org.platekeeper.audit.domain;

import java.time.Instant;
import java.util.List;

/** The append-only store of audit events. */
public interface AuditEventRepository {

    /** The chain head, locked until the transaction ends so appends from any server are serialised. */
    AuditChainHead lockHead();

    AuditChainHead head();

    void add(AuditEvent event);

    /** Up to {@code limit} events with sequence numbers in (afterSequence, upToSequence], in sequence order. */
    List<AuditEvent> between(long afterSequence, long upToSequence, int limit);

    /** Newest first, filtered by whatever is not null. */
    List<AuditEvent> search(String actor, String action, Instant from, Instant to, int offset, int limit);
}
