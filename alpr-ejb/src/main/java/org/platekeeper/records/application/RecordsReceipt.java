package org.platekeeper.records.application;

import java.time.LocalDate;

/** What the requester is told: the tracking number, the day received and the day the statute wants an answer by. */
public record RecordsReceipt(String trackingNumber, LocalDate receivedOn, LocalDate dueOn, String statute) {
}
