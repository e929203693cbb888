package org.platekeeper.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One link of the tamper-evident audit trail (OD-R4, OD-AD3). Each event stores the SHA-256 of its own content
 * together with the previous event's hash, so changing, removing or reordering any stored event breaks the chain
 * from that point on. Events are never updated; the table refuses UPDATE and DELETE.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    /** The hash the first event of a trail links to. */
    public static final String GENESIS_HASH = "0".repeat(64);
    public static final int ACTOR_MAX_LENGTH = 100;
    public static final int TEXT_MAX_LENGTH = 2000;

    @Id
    @Column(name = "sequence", updatable = false)
    private long sequence;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, updatable = false, length = ACTOR_MAX_LENGTH)
    private String actor;

    @Column(name = "actor_roles", nullable = false, updatable = false)
    private String actorRoles;

    @Column(name = "action", nullable = false, updatable = false)
    private String action;

    @Column(name = "object_type", updatable = false)
    private String objectType;

    @Column(name = "object_id", updatable = false)
    private String objectId;

    @Column(name = "purpose", updatable = false)
    private String purpose;

    @Column(name = "client_address", updatable = false)
    private String clientAddress;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, updatable = false)
    private AuditOutcome outcome;

    @Column(name = "details", updatable = false, length = TEXT_MAX_LENGTH)
    private String details;

    @Column(name = "previous_hash", nullable = false, updatable = false, length = 64)
    private String previousHash;

    @Column(name = "hash", nullable = false, updatable = false, length = 64)
    private String hash;

    protected AuditEvent() {
    }

    /**
     * Creates the event that follows {@code previousHash} at position {@code sequence}. The time is cut to
     * microseconds, the precision the database keeps, so the hash recomputed from the stored row matches.
     */
    public AuditEvent(long sequence, String previousHash, Instant occurredAt, String actor, String actorRoles,
                      AuditableAction action, String clientAddress) {
        this.sequence = sequence;
        this.previousHash = Objects.requireNonNull(previousHash, "previousHash");
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        this.actor = clip(Objects.requireNonNull(actor, "actor"), ACTOR_MAX_LENGTH);
        this.actorRoles = Objects.requireNonNull(actorRoles, "actorRoles");
        this.action = action.action();
        this.objectType = action.objectType();
        this.objectId = clip(action.objectId(), TEXT_MAX_LENGTH);
        this.purpose = clip(action.purpose(), TEXT_MAX_LENGTH);
        this.clientAddress = clientAddress;
        this.outcome = action.outcome();
        this.details = clip(action.details(), TEXT_MAX_LENGTH);
        this.hash = computeHash();
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    /** The SHA-256 over every field and the previous hash, each field length-prefixed so no two differ alike. */
    public String computeHash() {
        StringBuilder canonical = new StringBuilder(256);
        field(canonical, "sequence", Long.toString(sequence));
        field(canonical, "occurredAt", occurredAt.toString());
        field(canonical, "actor", actor);
        field(canonical, "actorRoles", actorRoles);
        field(canonical, "action", action);
        field(canonical, "objectType", objectType);
        field(canonical, "objectId", objectId);
        field(canonical, "purpose", purpose);
        field(canonical, "clientAddress", clientAddress);
        field(canonical, "outcome", outcome.name());
        field(canonical, "details", details);
        field(canonical, "previousHash", previousHash);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append(name).append('=');
        if (value == null) {
            out.append("-1:");
        } else {
            out.append(value.length()).append(':').append(value);
        }
        out.append('\n');
    }

    public long sequence() {
        return sequence;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String actorRoles() {
        return actorRoles;
    }

    public String action() {
        return action;
    }

    public String objectType() {
        return objectType;
    }

    public String objectId() {
        return objectId;
    }

    public String purpose() {
        return purpose;
    }

    public String clientAddress() {
        return clientAddress;
    }

    public AuditOutcome outcome() {
        return outcome;
    }

    public String details() {
        return details;
    }

    public String previousHash() {
        return previousHash;
    }

    public String hash() {
        return hash;
    }
}
