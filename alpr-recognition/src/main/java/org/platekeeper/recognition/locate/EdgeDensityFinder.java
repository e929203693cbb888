package org.platekeeper.recognition.locate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint;
import org.opencv.core.Point;
import org.opencv.core.Rect;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * The classical plate finder: plate-shaped regions of a scene by the dense vertical edges that rows of characters
 * make (a black-hat, a horizontal gradient, a closing, Otsu). Blind to what the edges are: grilles, signs and
 * headlights pass as well as plates, and a small plate's edges merge with its bumper's.
 */
public final class EdgeDensityFinder {

    /** Where OpenCV's contour hierarchy keeps a contour's next sibling, first child and parent. */
    private static final int NEXT = 0;
    private static final int FIRST_CHILD = 2;
    private static final int PARENT = 3;

    /** Frames wider than this are shrunk to it first: the kernels below are sized for plates in such a frame. */
    private static final int WORKING_WIDTH = 1280;
    /** The black-hat's kernel: wider and taller than a character's stroke, so dark strokes on light stand out. */
    private static final Size STROKE_KERNEL = new Size(17, 7);
    /** The closing's kernel: bridges the gaps between a row's characters, not the gap to the next row. */
    private static final Size ROW_KERNEL = new Size(23, 5);
    /** A region this wide for its height is a plate's row (US plates about 2, European ones up to 6). */
    private static final double MIN_ROW_ASPECT = 2;
    private static final double MAX_ROW_ASPECT = 6.5;
    /** A ring of edges at least this wide for its height may be a tilted plate's border: its insides are looked at. */
    private static final double MIN_RING_ASPECT = 1.2;
    /** Narrower regions, in working pixels, hold no readable plate. */
    private static final int MIN_WIDTH = 50;
    /** A region is widened by this share of its width at either side, and of its height above and below. */
    private static final double PAD_X = 0.1;
    private static final double PAD_Y = 0.25;

    private EdgeDensityFinder() {
    }

    /** At most {@code max} plate-shaped regions of the frame, largest first, padded for the reader. */
    public static List<Rect> regions(Mat grey, int max) {
        double scale = grey.cols() > WORKING_WIDTH ? (double) WORKING_WIDTH / grey.cols() : 1.0;
        Mat small = new Mat();
        Imgproc.resize(grey, small, new Size(), scale, scale, Imgproc.INTER_AREA);
        Mat blackhat = new Mat();
        Imgproc.morphologyEx(small, blackhat, Imgproc.MORPH_BLACKHAT,
                Imgproc.getStructuringElement(Imgproc.MORPH_RECT, STROKE_KERNEL));
        Mat gradient = new Mat();
        Imgproc.Sobel(blackhat, gradient, CvType.CV_32F, 1, 0, 3);
        Core.convertScaleAbs(gradient, gradient);
        Imgproc.GaussianBlur(gradient, gradient, new Size(5, 5), 0);
        Imgproc.morphologyEx(gradient, gradient, Imgproc.MORPH_CLOSE,
                Imgproc.getStructuringElement(Imgproc.MORPH_RECT, ROW_KERNEL));
        Mat mask = new Mat();
        Imgproc.threshold(gradient, mask, 0, 255, Imgproc.THRESH_BINARY | Imgproc.THRESH_OTSU);
        Imgproc.erode(mask, mask, new Mat(), new Point(-1, -1), 2);
        Imgproc.dilate(mask, mask, new Mat(), new Point(-1, -1), 2);
        List<MatOfPoint> contours = new ArrayList<>();
        Mat hierarchy = new Mat();
        Imgproc.findContours(mask, contours, hierarchy, Imgproc.RETR_TREE, Imgproc.CHAIN_APPROX_SIMPLE);
        List<Rect> found = new ArrayList<>();
        // outer contours first; inside one that is not plate-shaped, the contours it holds: a tilted plate's
        // border leaves a ring of edges around its row of characters
        ArrayDeque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < contours.size(); i++) {
            if (hierarchy.get(0, i)[PARENT] < 0) {
                open.add(i);
            }
        }
        while (!open.isEmpty()) {
            int i = open.poll();
            Rect r = Imgproc.boundingRect(contours.get(i));
            double aspect = (double) r.width / r.height;
            if (aspect >= MIN_ROW_ASPECT && aspect <= MAX_ROW_ASPECT && r.width >= MIN_WIDTH
                    && r.width <= small.cols() / 2) {
                int padX = (int) (r.width * PAD_X);
                int padY = (int) (r.height * PAD_Y);
                int x = Math.max(0, (int) ((r.x - padX) / scale));
                int y = Math.max(0, (int) ((r.y - padY) / scale));
                int w = Math.min(grey.cols() - x, (int) ((r.width + 2 * padX) / scale));
                int h = Math.min(grey.rows() - y, (int) ((r.height + 2 * padY) / scale));
                found.add(new Rect(x, y, w, h));
                continue;
            }
            // only a ring about the size of a plate is looked into: a grille or a headlight holds no plate
            boolean plateSized = aspect >= MIN_RING_ASPECT && r.width >= MIN_WIDTH && r.width <= small.cols() / 2;
            for (int child = plateSized ? (int) hierarchy.get(0, i)[FIRST_CHILD] : -1; child >= 0;
                    child = (int) hierarchy.get(0, child)[NEXT]) {
                open.add(child);
            }
        }
        found.sort(Comparator.comparingInt((Rect r) -> r.width * r.height).reversed());
        return found.subList(0, Math.min(max, found.size()));
    }
}
