package org.platekeeper.sharing.domain;

import java.util.UUID;

/** One partner's month in the dissemination log: what it asked, what it got, what was refused or pushed. */
public record MonthlySharing(UUID partnerId, String partnerName, String month, long queries, long answers,
                             long refusals, long pushes, long releases) {
}
