package org.platekeeper.recognition;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.MatOfPoint;
import org.opencv.core.Point;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.imgproc.Imgproc;

import nu.pattern.OpenCV;

/**
 * Finds licence plates in an image and reads them: OpenCV finds plate-shaped regions of dense vertical strokes (or
 * takes the whole image when it is already a plate crop); in each, a character classifier trained for plates reads
 * the characters one by one and Tesseract reads the band of characters as a line, and their readings vote. The state
 * is named when its name printed on the plate can be read. Thread-safe: each thread reads with its own Tesseract
 * engine and classifier, created once.
 */
public final class PlateRecognizer {

    private static final int MAX_CANDIDATES = 5;
    /** Tesseract reads a region whose classifier support is at least this share of the best region's. */
    private static final double TESSERACT_SHARE = 0.7;
    private static final ThreadLocal<TesseractLine> TESSERACT = ThreadLocal.withInitial(TesseractLine::new);
    private static final ThreadLocal<CharacterReader> CHARACTERS = ThreadLocal.withInitial(CharacterReader::new);

    static {
        OpenCV.loadLocally();
        // one image is read on one thread, as Tesseract is (OMP_THREAD_LIMIT=1): the server reads several cameras'
        // pictures at once on its own workers, and OpenCV's pool would only contend with them
        Core.setNumThreads(1);
    }

    /** Pictures decoded at most: 40 megapixels, more than any ALPR camera's frame. */
    public static final long DEFAULT_MAX_PIXELS = 40_000_000L;

    private final long maxPixels;

    public PlateRecognizer() {
        this(DEFAULT_MAX_PIXELS);
    }

    /** A recogniser that refuses, from their header, pictures of more than so many pixels. */
    public PlateRecognizer(long maxPixels) {
        this.maxPixels = maxPixels;
    }

    /**
     * @param image JPEG or PNG bytes
     * @throws PictureTooLargeException if the picture's header gives more pixels than this recogniser decodes
     * @throws IllegalArgumentException if the bytes are not an image OpenCV can decode
     */
    public Recognition recognize(byte[] image) {
        return recognize(image, false);
    }

    /**
     * As {@link #recognize(byte[])}, with the best plate cut out by its corners and warped upright, as if seen from
     * the front, from the same decoded picture (the plate picture a read keeps).
     */
    public Recognition recognizeWithPlateImage(byte[] image) {
        return recognize(image, true);
    }

    private Recognition recognize(byte[] image, boolean cutOutBest) {
        long start = System.nanoTime();
        Mat colour = decoded(image);
        Mat grey = new Mat();
        Imgproc.cvtColor(colour, grey, Imgproc.COLOR_BGR2GRAY);
        boolean crop = looksLikeCrop(grey);
        List<Rect> regions = crop ? List.of(new Rect(0, 0, grey.cols(), grey.rows()))
                : PlateFinder.regions(grey, MAX_CANDIDATES);
        // a crop's state is read before its text, so the state's serial formats can help choose the text
        String state = crop ? state(grey, true) : null;
        List<Region> readable = new ArrayList<>();
        for (Rect where : regions) {
            Region region = Region.of(colour, grey, where, new Ballot(state));
            CHARACTERS.get().readings(region.colour()).forEach(region.ballot()::classifierRead);
            // no row of characters: a grille or a sign, not a plate; spare Tesseract the time
            if (region.ballot().hasRow()) {
                readable.add(region);
            }
        }
        double strongest = readable.stream().mapToDouble(region -> region.ballot().leadingSupport()).max().orElse(0);
        List<PlateCandidate> candidates = new ArrayList<>();
        for (Region region : readable) {
            // Tesseract costs ten times the classifier: it reads only the regions the classifier finds about as
            // plate-like as the best one, which leaves out most grilles, signs and headlights of a scene
            if (region.ballot().leadingSupport() < TESSERACT_SHARE * strongest) {
                continue;
            }
            // in a scene, where every millisecond of a frame counts, a region the classifier reads the same way
            // nearly every time is settled without Tesseract; a crop is always read both ways, as nothing else
            // competes for its time and Tesseract still corrects some of those readings
            if (crop || !region.ballot().settledByClassifier()) {
                readBand(region.grey(), region.ballot());
            }
            region.ballot().winner().map(reading -> new PlateCandidate(reading.text(), reading.confidence(), state,
                    region.corners())).ifPresent(candidates::add);
        }
        // a plate's state name or slogan can be found as a region of its own; it is part of the plate, not another one
        List<PlateCandidate> printedOnOthers = candidates.stream()
                .filter(line -> candidates.stream().anyMatch(line::printedOn)).toList();
        candidates.removeAll(printedOnOthers);
        candidates.sort(Comparator.comparingDouble(PlateCandidate::confidence).reversed());
        if (!crop && !candidates.isEmpty()) {
            // in a scene only the best candidate's state is read, after the vote, and only above its characters (where
            // most states print their name), and only when small print stands there: each strip costs Tesseract as
            // much as all its readings of the plate's characters
            PlateCandidate best = candidates.get(0);
            PlateCandidate.Box box = best.box();
            Rect region = new Rect(box.x(), box.y(), box.width(), box.height());
            candidates.set(0, new PlateCandidate(best.plate(), best.confidence(), state(new Mat(grey, region), false),
                    best.corners()));
        }
        byte[] plateImage = cutOutBest && !candidates.isEmpty() ? cutOut(colour, candidates.get(0)) : null;
        return new Recognition(candidates, (System.nanoTime() - start) / 1_000_000, plateImage);
    }

    /** Decoded once, and only when its header gives no more pixels than allowed. */
    private Mat decoded(byte[] image) {
        ImageSize.of(image).filter(size -> size.pixels() > maxPixels).ifPresent(size -> {
            throw new PictureTooLargeException(size, maxPixels);
        });
        Mat colour = Imgcodecs.imdecode(new MatOfByte(image), Imgcodecs.IMREAD_COLOR);
        if (colour.empty()) {
            throw new IllegalArgumentException("the bytes are not a JPEG or PNG image");
        }
        return colour;
    }

    private static byte[] cutOut(Mat colour, PlateCandidate plate) {
        Point[] corners = plate.corners().stream().map(corner -> new Point(corner[0], corner[1])).toArray(Point[]::new);
        MatOfByte jpeg = new MatOfByte();
        Imgcodecs.imencode(".jpg", PlateOutline.rectified(colour, corners), jpeg);
        return jpeg.toArray();
    }

    /**
     * A region of the image, the plate's corners in the image (its outline's where it can be seen, else the
     * region's), and the votes on its characters.
     */
    private record Region(Mat colour, Mat grey, List<double[]> corners, Ballot ballot) {

        static Region of(Mat colourImage, Mat greyImage, Rect where, Ballot ballot) {
            Mat grey = new Mat(greyImage, where);
            List<double[]> corners = PlateOutline.corners(grey).map(found -> Arrays.stream(found)
                    .map(corner -> new double[] {where.x + corner.x, where.y + corner.y}).toList())
                    .orElseGet(() -> PlateRecognizer.corners(where));
            return new Region(new Mat(colourImage, where), grey, corners, ballot);
        }
    }

    /**
     * A crop is small and plate-shaped (US plates are twice as wide as high, European ones up to five times); a scene
     * is a camera frame with a car in it, 4:3 or 16:9.
     */
    static boolean looksLikeCrop(Mat grey) {
        double aspect = (double) grey.cols() / grey.rows();
        return grey.cols() <= 640 && aspect >= 1.6 && aspect < 6 && Math.abs(aspect - 16.0 / 9) > 0.02;
    }

    /** Adds Tesseract's readings of the band of characters, at two scales under two binarisations, to the votes. */
    private static void readBand(Mat grey, Ballot ballot) {
        for (int[] pass : new int[][] {{150, TesseractLine.PSM_SINGLE_WORD}, {96, TesseractLine.PSM_SINGLE_LINE}}) {
            for (Mat band : CharacterBand.hypotheses(grey, pass[0])) {
                ballot.tesseractRead(TESSERACT.get().read(bytes(band), band.cols(), band.rows(), pass[1]));
            }
        }
    }

    private static List<double[]> corners(Rect where) {
        return List.of(new double[] {where.x, where.y}, new double[] {where.x + where.width, where.y},
                new double[] {where.x + where.width, where.y + where.height},
                new double[] {where.x, where.y + where.height});
    }

    /** A state's name is read at this height in pixels: higher costs more and reads no better. */
    private static final double STATE_TEXT_ROWS = 40;

    /**
     * The state whose name is printed above the characters or, failing that and on a crop, below them; null when none
     * is read.
     */
    private static String state(Mat plate, boolean crop) {
        Rect above = new Rect(0, 0, plate.cols(), plate.rows() * 3 / 10);
        Rect below = new Rect(0, plate.rows() * 3 / 4, plate.cols(), plate.rows() / 4);
        for (Rect strip : crop ? List.of(above, below) : List.of(above)) {
            Mat text = new Mat();
            double scale = STATE_TEXT_ROWS / Math.max(1, strip.height);
            Imgproc.resize(new Mat(plate, strip), text, new Size(), scale, scale, Imgproc.INTER_CUBIC);
            // in a scene Tesseract reads the strip only when small print stands in it: a plate that prints no name
            // above its characters (Europe's) shows there only their tops, cut by the strip's bottom edge
            if (!crop && !holdsSmallPrint(text)) {
                continue;
            }
            String state = StateNames.find(TESSERACT.get().readWords(bytes(text), text.cols(), text.rows()));
            if (state != null) {
                return state;
            }
        }
        return null;
    }

    /** Small print needs at least this many shapes of it in a strip. */
    private static final int SMALL_PRINT_SHAPES = 2;

    /**
     * Whether shapes of small print stand in a strip, dark on light or light on dark: shapes a fifth to nine tenths
     * of its height that end above its bottom edge (a state's name, in separate letters or joined script), not thin
     * outlines. Of the 751 US crops' strips above the characters this passes 93%, and all but 5 of the 413 in which
     * Tesseract finds a state's name.
     */
    static boolean holdsSmallPrint(Mat strip) {
        Mat ink = new Mat();
        Imgproc.threshold(strip, ink, 0, 255, Imgproc.THRESH_BINARY_INV | Imgproc.THRESH_OTSU);
        for (boolean dark : new boolean[] {true, false}) {
            if (!dark) {
                Core.bitwise_not(ink, ink);
            }
            Mat labels = new Mat();
            Mat stats = new Mat();
            Mat centroids = new Mat();
            int count = Imgproc.connectedComponentsWithStats(ink, labels, stats, centroids, 8, CvType.CV_32S);
            int print = 0;
            for (int label = 1; label < count; label++) {
                int top = (int) stats.get(label, Imgproc.CC_STAT_TOP)[0];
                int width = (int) stats.get(label, Imgproc.CC_STAT_WIDTH)[0];
                int height = (int) stats.get(label, Imgproc.CC_STAT_HEIGHT)[0];
                int area = (int) stats.get(label, Imgproc.CC_STAT_AREA)[0];
                if (top + height < strip.rows() && height >= strip.rows() * 0.2 && height <= strip.rows() * 0.9
                        && area >= width * height * 0.15) {
                    print++;
                }
            }
            if (print >= SMALL_PRINT_SHAPES) {
                return true;
            }
        }
        return false;
    }

    private static byte[] bytes(Mat grey) {
        Mat continuous = grey.isContinuous() ? grey : grey.clone();
        byte[] data = new byte[(int) (continuous.total() * continuous.channels())];
        continuous.get(0, 0, data);
        return data;
    }

    /** Plate-shaped regions of a scene, by the dense vertical edges that rows of characters make. */
    static final class PlateFinder {

        /** Where OpenCV's contour hierarchy keeps a contour's next sibling, first child and parent. */
        private static final int NEXT = 0;
        private static final int FIRST_CHILD = 2;
        private static final int PARENT = 3;

        private PlateFinder() {
        }

        static List<Rect> regions(Mat grey, int max) {
            double scale = grey.cols() > 1280 ? 1280.0 / grey.cols() : 1.0;
            Mat small = new Mat();
            Imgproc.resize(grey, small, new Size(), scale, scale, Imgproc.INTER_AREA);
            Mat blackhat = new Mat();
            Imgproc.morphologyEx(small, blackhat, Imgproc.MORPH_BLACKHAT,
                    Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(17, 7)));
            Mat gradient = new Mat();
            Imgproc.Sobel(blackhat, gradient, CvType.CV_32F, 1, 0, 3);
            Core.convertScaleAbs(gradient, gradient);
            Imgproc.GaussianBlur(gradient, gradient, new Size(5, 5), 0);
            Imgproc.morphologyEx(gradient, gradient, Imgproc.MORPH_CLOSE,
                    Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(23, 5)));
            Mat mask = new Mat();
            Imgproc.threshold(gradient, mask, 0, 255, Imgproc.THRESH_BINARY | Imgproc.THRESH_OTSU);
            Imgproc.erode(mask, mask, new Mat(), new org.opencv.core.Point(-1, -1), 2);
            Imgproc.dilate(mask, mask, new Mat(), new org.opencv.core.Point(-1, -1), 2);
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
                if (aspect >= 2 && aspect <= 6.5 && r.width >= 50 && r.width <= small.cols() / 2) {
                    int padX = r.width / 10;
                    int padY = r.height / 4;
                    int x = Math.max(0, (int) ((r.x - padX) / scale));
                    int y = Math.max(0, (int) ((r.y - padY) / scale));
                    int w = Math.min(grey.cols() - x, (int) ((r.width + 2 * padX) / scale));
                    int h = Math.min(grey.rows() - y, (int) ((r.height + 2 * padY) / scale));
                    found.add(new Rect(x, y, w, h));
                    continue;
                }
                // only a ring about the size of a plate is looked into: a grille or a headlight holds no plate
                boolean plateSized = aspect >= 1.2 && r.width >= 50 && r.width <= small.cols() / 2;
                for (int child = plateSized ? (int) hierarchy.get(0, i)[FIRST_CHILD] : -1; child >= 0;
                        child = (int) hierarchy.get(0, child)[NEXT]) {
                    open.add(child);
                }
            }
            found.sort(Comparator.comparingInt((Rect r) -> r.width * r.height).reversed());
            return found.subList(0, Math.min(max, found.size()));
        }
    }

    /**
     * The row of characters of a plate crop, cut out and binarised dark on white: the state name, slogans and
     * stickers above and below are smaller shapes and are left out.
     */
    static final class CharacterBand {

        private CharacterBand() {
        }

        /** The character band under Otsu's global threshold and under a local threshold. */
        static List<Mat> hypotheses(Mat plate, int height) {
            Mat resized = new Mat();
            double scale = (double) height * 2 / plate.rows();
            Imgproc.resize(plate, resized, new Size(), scale, scale, Imgproc.INTER_CUBIC);
            Mat otsu = new Mat();
            Imgproc.threshold(resized, otsu, 0, 255, Imgproc.THRESH_BINARY | Imgproc.THRESH_OTSU);
            Mat local = new Mat();
            Imgproc.adaptiveThreshold(resized, local, 255, Imgproc.ADAPTIVE_THRESH_GAUSSIAN_C,
                    Imgproc.THRESH_BINARY, 41, 10);
            List<Mat> hypotheses = new ArrayList<>();
            hypotheses.add(isolate(resized, otsu));
            hypotheses.add(isolate(resized, local));
            return hypotheses;
        }

        static Mat isolate(Mat resized, Mat thresholded) {
            Mat binary = thresholded.clone();
            if (Core.mean(binary).val[0] < 110) {
                Core.bitwise_not(binary, binary); // light characters on a dark plate
            }
            Mat inverted = new Mat();
            Core.bitwise_not(binary, inverted);
            Mat labels = new Mat();
            Mat stats = new Mat();
            Mat centroids = new Mat();
            int count = Imgproc.connectedComponentsWithStats(inverted, labels, stats, centroids);
            int top = Integer.MAX_VALUE;
            int bottom = -1;
            int left = Integer.MAX_VALUE;
            int right = -1;
            int rows = resized.rows();
            for (int i = 1; i < count; i++) {
                int x = (int) stats.get(i, Imgproc.CC_STAT_LEFT)[0];
                int y = (int) stats.get(i, Imgproc.CC_STAT_TOP)[0];
                int w = (int) stats.get(i, Imgproc.CC_STAT_WIDTH)[0];
                int h = (int) stats.get(i, Imgproc.CC_STAT_HEIGHT)[0];
                boolean characterSized = h >= rows * 0.3 && h <= rows * 0.9 && w <= h * 1.2 && w >= h * 0.08;
                if (characterSized) {
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y + h);
                    left = Math.min(left, x);
                    right = Math.max(right, x + w);
                }
            }
            Mat cut = bottom < 0 ? binary : new Mat(binary, new Rect(Math.max(0, left - 4), Math.max(0, top - 4),
                    Math.min(binary.cols() - Math.max(0, left - 4), right - left + 8),
                    Math.min(binary.rows() - Math.max(0, top - 4), bottom - top + 8)));
            Mat padded = new Mat();
            Core.copyMakeBorder(cut, padded, 16, 16, 16, 16, Core.BORDER_CONSTANT, new Scalar(255));
            return padded;
        }
    }
}
