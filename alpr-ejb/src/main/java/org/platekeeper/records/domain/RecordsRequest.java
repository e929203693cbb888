package org.platekeeper.records.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.platekeeper.shared.domain.RequiredText;
import org.platekeeper.shared.domain.TimeOrderedId;

/**
 * A public-records request (OD-T2): who asked, how to reach them, what they asked for, when it was received and
 * when the statute wants it answered; answered or denied by a records clerk with the response kept.
 */
@Entity
@Table(name = "records_request")
public class RecordsRequest {

    public static final int REQUESTER_MAX_LENGTH = 200;
    public static final int CONTACT_MAX_LENGTH = 300;
    public static final int REQUEST_MAX_LENGTH = 4000;
    public static final int RESPONSE_MAX_LENGTH = 2000;

    /** How the request reached the agency. */
    public enum Channel { PUBLIC_FORM, CLERK }

    /** Where it stands. */
    public enum Status { OPEN, ANSWERED, DENIED }

    @Id
    private UUID id;

    @Column(name = "tracking_number", nullable = false, unique = true, updatable = false)
    private String trackingNumber;

    @Column(name = "requester", nullable = false, updatable = false, length = REQUESTER_MAX_LENGTH)
    private String requester;

    @Column(name = "contact", nullable = false, updatable = false, length = CONTACT_MAX_LENGTH)
    private String contact;

    @Column(name = "request", nullable = false, updatable = false, length = REQUEST_MAX_LENGTH)
    private String request;

    @Enumerated(EnumType.STRING)
    @Column(name = "received_via", nullable = false, updatable = false)
    private Channel receivedVia;

    @Column(name = "received_on", nullable = false, updatable = false)
    private LocalDate receivedOn;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status;

    @Column(name = "entered_by", updatable = false)
    private String enteredBy;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "response", length = RESPONSE_MAX_LENGTH)
    private String response;

    @Column(name = "response_report_id")
    private UUID responseReportId;

    protected RecordsRequest() {
    }

    /** A request received today (the agency's day), due when the deadline says. */
    public static RecordsRequest received(String trackingNumber, String requester, String contact, String request,
                                          Channel channel, String enteredBy, LocalDate today,
                                          StatutoryDeadline deadline, Instant now) {
        RecordsRequest r = new RecordsRequest();
        r.id = TimeOrderedId.at(now);
        r.trackingNumber = trackingNumber;
        r.requester = RequiredText.of(requester, "name of the requester", REQUESTER_MAX_LENGTH);
        r.contact = RequiredText.of(contact, "contact (address, e-mail or telephone)", CONTACT_MAX_LENGTH);
        r.request = RequiredText.of(request, "description of the records asked for", REQUEST_MAX_LENGTH);
        r.receivedVia = channel;
        r.enteredBy = enteredBy;
        r.receivedOn = today;
        r.dueOn = deadline.dueFor(today);
        r.status = Status.OPEN;
        r.receivedAt = now;
        return r;
    }

    public void answer(String clerk, String response, LocalDate today) {
        close(Status.ANSWERED, clerk, response, today);
    }

    /** A denial names the exemption it rests on (criminal-justice information, an investigative record, …). */
    public void deny(String clerk, String exemption, LocalDate today) {
        close(Status.DENIED, clerk, exemption, today);
    }

    private void close(Status outcome, String clerk, String text, LocalDate today) {
        if (status != Status.OPEN) {
            throw new IllegalStateException("the request is already " + status.name().toLowerCase());
        }
        response = RequiredText.of(text, outcome == Status.DENIED ? "exemption the denial rests on" : "response",
                RESPONSE_MAX_LENGTH);
        status = outcome;
        closedBy = clerk;
        closedOn = today;
    }

    /** The response report generated for the request; the latest one replaces an earlier. */
    public void attachResponseReport(UUID reportId) {
        responseReportId = reportId;
    }

    /** Open past its due date (OD-T2). */
    public boolean overdue(LocalDate today) {
        return status == Status.OPEN && today.isAfter(dueOn);
    }

    public UUID id() {
        return id;
    }

    public String trackingNumber() {
        return trackingNumber;
    }

    public String requester() {
        return requester;
    }

    public String contact() {
        return contact;
    }

    public String request() {
        return request;
    }

    public Channel receivedVia() {
        return receivedVia;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public Status status() {
        return status;
    }

    public String enteredBy() {
        return enteredBy;
    }

    public String closedBy() {
        return closedBy;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public String response() {
        return response;
    }

    public UUID responseReportId() {
        return responseReportId;
    }
}
