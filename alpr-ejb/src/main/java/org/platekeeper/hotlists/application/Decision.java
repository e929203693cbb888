package org.platekeeper.hotlists.application;

import jakarta.validation.constraints.Size;

/** A supervisor's note on approving, rejecting, reviewing or removing an entry. */
public record Decision(@Size(max = 500) String note) {
}
