package org.platekeeper.sharing.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.platekeeper.shared.domain.TimeOrderedId;

/**
 * A hit on a partner's entry on its way to the partner's callback (RECEIVE_ALERTS): kept until the callback takes it,
 * retried with a doubling back-off, given up after {@link #MAX_ATTEMPTS}. One per alert.
 */
@Entity
@Table(name = "partner_delivery")
public class PartnerDelivery {

    public static final int MAX_ATTEMPTS = 6;
    public static final int ERROR_MAX_LENGTH = 500;

    /** Where a delivery stands. */
    public enum Status { PENDING, DELIVERED, FAILED }

    @Id
    private UUID id;

    @Column(name = "agreement_id", nullable = false, updatable = false)
    private UUID agreementId;

    @Column(name = "alert_id", nullable = false, updatable = false, unique = true)
    private UUID alertId;

    @Column(name = "plate", nullable = false, updatable = false)
    private String plate;

    @Column(name = "case_number", updatable = false)
    private String caseNumber;

    @Column(name = "payload", nullable = false, updatable = false)
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = ERROR_MAX_LENGTH)
    private String lastError;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected PartnerDelivery() {
    }

    public PartnerDelivery(UUID agreementId, UUID alertId, String plate, String caseNumber, String payload,
                           Instant now) {
        this.id = TimeOrderedId.at(now);
        this.agreementId = Objects.requireNonNull(agreementId, "agreementId");
        this.alertId = Objects.requireNonNull(alertId, "alertId");
        this.plate = plate;
        this.caseNumber = caseNumber;
        this.payload = Objects.requireNonNull(payload, "payload");
        this.status = Status.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    public void delivered(Instant now) {
        attempts++;
        status = Status.DELIVERED;
        deliveredAt = now;
        lastError = null;
    }

    /** A failed attempt: the next one waits twice as long as the last, until the attempts are spent. */
    public void failed(String error, Duration firstWait, Instant now) {
        attempts++;
        lastError = error == null ? null : error.length() > ERROR_MAX_LENGTH ? error.substring(0, ERROR_MAX_LENGTH)
                : error;
        if (attempts >= MAX_ATTEMPTS) {
            status = Status.FAILED;
        } else {
            nextAttemptAt = now.plus(firstWait.multipliedBy(1L << (attempts - 1)));
        }
    }

    /** Given up without trying again, because the agreement no longer allows it. */
    public void abandon(String reason) {
        status = Status.FAILED;
        lastError = reason;
    }

    public UUID id() {
        return id;
    }

    public UUID agreementId() {
        return agreementId;
    }

    public UUID alertId() {
        return alertId;
    }

    public String plate() {
        return plate;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public String payload() {
        return payload;
    }

    public Status status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String lastError() {
        return lastError;
    }
}
