package org.platekeeper.web.api.shared;

import jakarta.validation.constraints.Size;

/** A supervisor's note with a decision. */
public record DecisionNote(@Size(max = 500) String note) {
}
