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

    /**
     * Whether this candidate is a line of smaller print on the other's plate (its state name or slogan): under half
     * as tall, standing within the other's width and no farther above or below it than the other is tall. Two cars'
     * plates are never stacked that close.
     */
    boolean printedOn(PlateCandidate other) {
        Box small = box();
        Box plate = other.box();
        int centre = small.x() + small.width() / 2;
        int gap = Math.max(plate.y() - (small.y() + small.height()), small.y() - (plate.y() + plate.height()));
        return small.height() * 2 < plate.height() && centre > plate.x() && centre < plate.x() + plate.width()
                && gap < plate.height();
    }

    public record Box(int x, int y, int width, int height) {
    }
}
