package org.platekeeper.recognition;

import java.util.List;

/**
 * What the recogniser found in one image, best candidate first, where its plate locator looked (in a scene; a crop is
 * read whole), and how long it took; with the best plate cut out upright as JPEG when it was asked for.
 */
public record Recognition(List<PlateCandidate> candidates, List<Proposal> proposals, long millis, byte[] plateImage) {

    public Recognition(List<PlateCandidate> candidates, long millis) {
        this(candidates, List.of(), millis, null);
    }

    public boolean found() {
        return !candidates.isEmpty();
    }

    /**
     * A region the plate locator proposed, read as a plate or not: its box in the image and how likely the locator
     * found it that a plate is centred there, 0 to 1.
     */
    public record Proposal(PlateCandidate.Box box, double likelihood) {
    }
}
