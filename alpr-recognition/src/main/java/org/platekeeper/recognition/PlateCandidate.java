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

    /** The smallest upright rectangle holding the corners, in whole pixels. */
    public Box box() {
        double left = corners.stream().mapToDouble(c -> c[0]).min().orElse(0);
        double top = corners.stream().mapToDouble(c -> c[1]).min().orElse(0);
        double right = corners.stream().mapToDouble(c -> c[0]).max().orElse(0);
        double bottom = corners.stream().mapToDouble(c -> c[1]).max().orElse(0);
        return new Box((int) left, (int) top, (int) (right - left), (int) (bottom - top));
    }

    public record Box(int x, int y, int width, int height) {
    }
}
