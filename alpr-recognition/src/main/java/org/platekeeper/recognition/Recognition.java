package org.platekeeper.recognition;

import java.util.List;

/** What the recogniser found in one image, best candidate first, and how long it took. */
public record Recognition(List<PlateCandidate> candidates, long millis) {

    public boolean found() {
        return !candidates.isEmpty();
    }
}
