package org.platekeeper.records.application;

import java.time.LocalDate;
import java.util.UUID;

import org.platekeeper.records.domain.RecordsRequest;

/** One entry of the register as the records clerk sees it, with the response report attached, if any. */
public record RecordsRequestView(UUID id, String trackingNumber, String requester, String contact, String request,
                                 RecordsRequest.Channel receivedVia, LocalDate receivedOn, LocalDate dueOn,
                                 RecordsRequest.Status status, boolean overdue, String enteredBy, String closedBy,
                                 LocalDate closedOn, String response,
                                 UUID responseReportId) {

    static RecordsRequestView of(RecordsRequest r, LocalDate today) {
        return new RecordsRequestView(r.id(), r.trackingNumber(), r.requester(), r.contact(), r.request(),
                r.receivedVia(), r.receivedOn(), r.dueOn(), r.status(), r.overdue(today), r.enteredBy(),
                r.closedBy(), r.closedOn(), r.response(), r.responseReportId());
    }
}
