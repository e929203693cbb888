package org.platekeeper.recognition;

import java.util.List;

/**
 * What the recogniser found in one image, best candidate first, and how long it took; with the best plate cut out
 * upright as JPEG when it was asked for.
 */
public record Recognition(List<PlateCandidate> candidates, long millis, byte[] plateImage) {

    public Recognition(List<PlateCandidate> candidates, long millis) {
        this(candidates, millis, null);
    }

    public boolean found() {
        return !candidates.isEmpty();
    }
}
