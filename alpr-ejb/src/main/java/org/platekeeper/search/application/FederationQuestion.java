package org.platekeeper.search.application;

import java.util.UUID;

import org.platekeeper.search.domain.PurposeCode;

/**
 * What a search may ask a partner installation: one exact plate, under the search's own case number and purpose
 * code, which the partner's agreement must permit.
 */
public record FederationQuestion(UUID searchId, String plate, String state, String caseNumber,
                                 PurposeCode purposeCode) {
}
