package org.platekeeper.sharing.application;

import java.util.List;
import java.util.UUID;

/**
 * What one partner installation answered a federated search: its reads, each marked with the agency it came from,
 * or its refusal and the reason it gave.
 */
public record FederatedAnswer(UUID installationId, String agency, String ori, Outcome outcome, String message,
                              boolean truncated, List<PartnerAnswer.SharedRead> reads) {

    /** How the exchange ended. */
    public enum Outcome { ANSWERED, REFUSED, FAILED }
}
