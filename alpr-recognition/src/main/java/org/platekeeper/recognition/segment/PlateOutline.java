package org.platekeeper.recognition.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint;
import org.opencv.core.MatOfPoint2f;
import org.opencv.core.Point;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * The outline of a plate seen at an angle: the quadrilateral its edge makes in a region of an image, and the plate
 * warped back to a rectangle as if seen from the front, so its characters stand upright and share one height.
 */
public final class PlateOutline {

    /** A plate's outline encloses at least this share of the region it was looked for in. */
    private static final double LEAST_SHARE = 0.3;
    /** Around the warped plate, this share of its width and height is kept, so its edge shows. */
    private static final double MARGIN = 0.05;

    private PlateOutline() {
    }

    /**
     * The corners of the plate's outline in the region, clockwise from top left; empty when no four-sided outline of a
     * plate's proportions can be seen (a crop cut at the plate's edge, a plate without a contrasting border).
     */
    public static Optional<Point[]> corners(Mat grey) {
        Mat edges = new Mat();
        Imgproc.Canny(grey, edges, 50, 150);
        Imgproc.dilate(edges, edges, new Mat());
        List<MatOfPoint> contours = new ArrayList<>();
        Imgproc.findContours(edges, contours, new Mat(), Imgproc.RETR_LIST, Imgproc.CHAIN_APPROX_SIMPLE);
        double regionArea = (double) grey.rows() * grey.cols();
        Point[] best = null;
        double bestArea = 0;
        for (MatOfPoint contour : contours) {
            MatOfPoint2f curve = new MatOfPoint2f(contour.toArray());
            double perimeter = Imgproc.arcLength(curve, true);
            MatOfPoint2f polygon = new MatOfPoint2f();
            Imgproc.approxPolyDP(curve, polygon, 0.03 * perimeter, true);
            Point[] points = polygon.toArray();
            double area = Math.abs(Imgproc.contourArea(polygon));
            if (points.length == 4 && Imgproc.isContourConvex(new MatOfPoint(points)) && area > bestArea
                    && area >= LEAST_SHARE * regionArea && plateShaped(ordered(points))) {
                best = ordered(points);
                bestArea = area;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The plate inside the corners, warped to a rectangle as wide and high as the outline's sides on average, with a
     * margin of what lies around it.
     */
    public static Mat rectified(Mat image, Point[] corners) {
        double width = width(corners);
        double height = height(corners);
        double padX = width * MARGIN;
        double padY = height * MARGIN;
        MatOfPoint2f from = new MatOfPoint2f(corners);
        MatOfPoint2f to = new MatOfPoint2f(new Point(padX, padY), new Point(padX + width - 1, padY),
                new Point(padX + width - 1, padY + height - 1), new Point(padX, padY + height - 1));
        Mat warped = new Mat();
        Imgproc.warpPerspective(image, warped, Imgproc.getPerspectiveTransform(from, to),
                new Size(Math.round(width + 2 * padX), Math.round(height + 2 * padY)), Imgproc.INTER_LINEAR,
                Core.BORDER_REPLICATE);
        return warped;
    }

    /** US plates are twice as wide as high, European ones up to five times; seen at an angle, a little less. */
    private static boolean plateShaped(Point[] corners) {
        double aspect = width(corners) / Math.max(1, height(corners));
        return aspect >= 1.4 && aspect <= 6;
    }

    /** Top left, top right, bottom right, bottom left. */
    private static Point[] ordered(Point[] points) {
        Point[] byTop = points.clone();
        Arrays.sort(byTop, Comparator.comparingDouble(p -> p.y));
        Point[] top = {byTop[0], byTop[1]};
        Point[] bottom = {byTop[2], byTop[3]};
        Arrays.sort(top, Comparator.comparingDouble(p -> p.x));
        Arrays.sort(bottom, Comparator.comparingDouble(p -> p.x));
        return new Point[] {top[0], top[1], bottom[1], bottom[0]};
    }

    /** The mean length of the outline's top and bottom sides. */
    private static double width(Point[] corners) {
        return (distance(corners[0], corners[1]) + distance(corners[3], corners[2])) / 2;
    }

    /** The mean length of the outline's left and right sides. */
    private static double height(Point[] corners) {
        return (distance(corners[0], corners[3]) + distance(corners[1], corners[2])) / 2;
    }

    private static double distance(Point a, Point b) {
        return Math.hypot(a.x - b.x, a.y - b.y);
    }
}
