package org.platekeeper.recognition;

import java.util.List;

/**
 * One reading of a plate in an image.
 *
 * @param plate      upper-case letters and digits
 * @param confidence 0 to 100
 * @param state      the two-letter state the plate shows, when it could be read; otherwise null
 * @param corners    the plate's corners in the image, clockwise from top left, as {x, y}
 */
public record PlateCandidate(String plate, double confidence, String state, List<double[]> corners) {
}
