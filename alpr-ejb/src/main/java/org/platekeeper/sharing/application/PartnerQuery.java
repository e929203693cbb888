package org.platekeeper.sharing.application;

import jakarta.validation.constraints.Size;

/**
 * A partner's question: our reads of one exact plate, under its case number and a purpose its agreement permits.
 * Missing parts are refused and logged by the service (not merely rejected as malformed), so the auditor sees them.
 */
public record PartnerQuery(
        @Size(max = 32) String plate,
        @Size(max = 2) String state,
        @Size(max = 64) String caseNumber,
        @Size(max = 40) String purpose) {
}
