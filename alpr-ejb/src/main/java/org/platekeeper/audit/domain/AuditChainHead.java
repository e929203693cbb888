package org.platekeeper.audit.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of the audit chain: the last sequence number and hash. Appending locks this single row, which gives
 * every event a gap-free sequence number even with several servers, and lets the verifier notice events cut from
 * the end of the trail. The anchor is where the chain starts once old events have aged out of audit retention.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

    public static final int ID = 1;

    @Id
    @Column(name = "id")
    private int id;

    @Column(name = "last_sequence", nullable = false)
    private long lastSequence;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    @Column(name = "anchor_sequence", nullable = false)
    private long anchorSequence;

    @Column(name = "anchor_hash", nullable = false, length = 64)
    private String anchorHash;

    protected AuditChainHead() {
    }

    /** An empty chain; the first migration stores the same row. */
    public static AuditChainHead genesis() {
        AuditChainHead head = new AuditChainHead();
        head.id = ID;
        head.lastHash = AuditEvent.GENESIS_HASH;
        head.anchorHash = AuditEvent.GENESIS_HASH;
        return head;
    }

    /** Appends the next event after the current head, sealed with the key, and moves the head to it. */
    public AuditEvent append(Instant now, String actor, String actorRoles, AuditableAction action,
                             String clientAddress, ChainKey key) {
        AuditEvent event = new AuditEvent(lastSequence + 1, lastHash, now, actor, actorRoles, action,
                clientAddress, key);
        lastSequence = event.sequence();
        lastHash = event.hash();
        return event;
    }

    /**
     * The chain now starts after {@code sequence}: the events up to it are past the audit retention and go
     * (OD-R5); the verifier starts from the hash they leave behind.
     */
    public void moveAnchor(long sequence, String hash) {
        if (sequence <= anchorSequence || sequence > lastSequence) {
            throw new IllegalArgumentException("the anchor moves forward within the chain, not to " + sequence);
        }
        anchorSequence = sequence;
        anchorHash = hash;
    }

    public long lastSequence() {
        return lastSequence;
    }

    public String lastHash() {
        return lastHash;
    }

    public long anchorSequence() {
        return anchorSequence;
    }

    public String anchorHash() {
        return anchorHash;
    }
}
