package org.platekeeper.recognition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.Point;
import org.opencv.core.Rect;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.imgproc.Imgproc;
import org.platekeeper.recognition.classify.CharacterReader;
import org.platekeeper.recognition.classify.RowReader;
import org.platekeeper.recognition.locate.EdgeDensityFinder;
import org.platekeeper.recognition.locate.PlateLocator;
import org.platekeeper.recognition.ocr.CharacterBand;
import org.platekeeper.recognition.ocr.PrintedState;
import org.platekeeper.recognition.ocr.TesseractLine;
import org.platekeeper.recognition.segment.PlateOutline;
import org.platekeeper.recognition.vote.Ballot;

import nu.pattern.OpenCV;

/**
 * Finds licence plates in an image and reads them: the plate locator proposes where a scene's plates are (a plate
 * crop is taken whole); in each, a character classifier trained for plates reads the characters one by one, the row
 * reader reads the row whole and Tesseract reads the band of characters as a line, and their readings vote. The
 * state is named when its name printed on the plate can be read. Thread-safe: each thread reads with its own
 * networks and Tesseract engine, created once.
 */
public final class PlateRecognizer {

    private static final int MAX_CANDIDATES = 5;
    /** Tesseract reads a region whose classifier support is at least this share of the best region's. */
    private static final double TESSERACT_SHARE = 0.7;
    private static final ThreadLocal<TesseractLine> TESSERACT = ThreadLocal.withInitial(TesseractLine::new);
    private static final ThreadLocal<CharacterReader> CHARACTERS = ThreadLocal.withInitial(CharacterReader::new);
    private static final ThreadLocal<PlateLocator> LOCATOR = ThreadLocal.withInitial(PlateLocator::new);
    private static final ThreadLocal<RowReader> ROW_READER = ThreadLocal.withInitial(RowReader::new);

    static {
        OpenCV.loadLocally();
        // one image is read on one thread, as Tesseract is (OMP_THREAD_LIMIT=1): the server reads several cameras'
        // pictures at once on its own workers, and OpenCV's pool would only contend with them
        Core.setNumThreads(1);
    }

    /** Pictures decoded at most: 40 megapixels, more than any ALPR camera's frame. */
    public static final long DEFAULT_MAX_PIXELS = 40_000_000L;

    /** Where a scene's plates are looked for. */
    public enum Finder {
        /** The learned plate locator: what the server uses. */
        LOCATOR,
        /** The classical edge-density finder alone: the baseline the benchmark measures the locator against. */
        CLASSICAL,
        /** Both, the locator's proposals first: to measure whether the classical finder still adds plates. */
        BOTH
    }

    private final long maxPixels;
    private final Finder finder;

    public PlateRecognizer() {
        this(DEFAULT_MAX_PIXELS);
    }

    /** A recogniser that refuses, from their header, pictures of more than so many pixels. */
    public PlateRecognizer(long maxPixels) {
        this(maxPixels, Finder.LOCATOR);
    }

    public PlateRecognizer(long maxPixels, Finder finder) {
        this.maxPixels = maxPixels;
        this.finder = finder;
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
        boolean crop = looksLikeCrop(grey) && !showsAPlateInside(grey);
        List<Window> regions = crop ? List.of(Window.whole(grey)) : located(grey, finder);
        // a crop's state is read before its text, so the state's serial formats can help choose the text
        String state = crop ? PrintedState.read(grey, true, TESSERACT.get()) : null;
        List<Region> readable = new ArrayList<>();
        for (Window where : regions) {
            Region region = Region.of(colour, grey, where, new Ballot(state));
            CHARACTERS.get().readings(region.colour()).forEach(region.ballot()::classifierRead);
            ROW_READER.get().read(region.grey()).ifPresent(region.ballot()::rowRead);
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
            String printed = PrintedState.read(new Mat(grey, region), false, TESSERACT.get());
            candidates.set(0, new PlateCandidate(best.plate(), best.confidence(), printed,
                    best.corners()));
        }
        byte[] plateImage = cutOutBest && !candidates.isEmpty() ? cutOut(colour, candidates.get(0)) : null;
        List<Recognition.Proposal> proposals = crop ? List.of() : regions.stream().map(Window::proposal).toList();
        return new Recognition(candidates, proposals, (System.nanoTime() - start) / 1_000_000, plateImage);
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

    /** Where a scene's plates may be, as the locator proposes them, strongest first (or the classical finder). */
    private static List<Window> located(Mat grey, Finder finder) {
        List<Window> windows = new ArrayList<>();
        if (finder != Finder.CLASSICAL) {
            LOCATOR.get().proposals(grey, MAX_CANDIDATES)
                    .forEach(proposal -> windows.add(Window.around(proposal.box(), proposal.heat(), grey)));
        }
        if (finder != Finder.LOCATOR) {
            // the classical finder's regions are padded already and carry no likelihood of their own
            EdgeDensityFinder.regions(grey, MAX_CANDIDATES).forEach(region -> windows.add(
                    new Window(region, region, 0)));
        }
        return windows;
    }

    /**
     * Where a plate may be: the box it was found at and the larger region the reader looks in, as a located box may
     * cut off a character at either end or the state's name above.
     */
    private record Window(Rect plate, Rect reading, double likelihood) {

        /**
         * A share of the box's width added at each side, and of its height above and below, for the reader. Small: the
         * reader takes ink past the row's ends for characters, and a street beside the plate is not the plate's edge.
         * On the validation scenes, margins from none to a quarter read within two plates in a hundred of each other.
         */
        private static final double MARGIN_X = 0.08;
        private static final double MARGIN_Y = 0.1;

        static Window whole(Mat image) {
            Rect all = new Rect(0, 0, image.cols(), image.rows());
            return new Window(all, all, 1);
        }

        static Window around(Rect box, double likelihood, Mat image) {
            int x = Math.max(0, (int) (box.x - box.width * MARGIN_X));
            int y = Math.max(0, (int) (box.y - box.height * MARGIN_Y));
            int right = Math.min(image.cols(), (int) Math.ceil(box.x + box.width * (1 + MARGIN_X)));
            int bottom = Math.min(image.rows(), (int) Math.ceil(box.y + box.height * (1 + MARGIN_Y)));
            return new Window(box, new Rect(x, y, right - x, bottom - y), likelihood);
        }

        Recognition.Proposal proposal() {
            return new Recognition.Proposal(new PlateCandidate.Box(plate.x, plate.y, plate.width, plate.height),
                    likelihood);
        }
    }

    /**
     * A region of the image, the plate's corners in the image (its outline's where it can be seen, else the located
     * box's), and the votes on its characters.
     */
    private record Region(Mat colour, Mat grey, List<double[]> corners, Ballot ballot) {

        static Region of(Mat colourImage, Mat greyImage, Window window, Ballot ballot) {
            Rect where = window.reading();
            Mat grey = new Mat(greyImage, where);
            List<double[]> corners = PlateOutline.corners(grey).map(found -> Arrays.stream(found)
                    .map(corner -> new double[] {where.x + corner.x, where.y + corner.y}).toList())
                    .orElseGet(() -> PlateRecognizer.corners(window.plate()));
            return new Region(new Mat(colourImage, where), grey, corners, ballot);
        }
    }

    /**
     * A small photo of a car's rear can be as wide for its height as a plate crop (one of the 27 validation photos of
     * eu-scenes, 545 x 298). Over this width a crop-shaped picture is a scene when the locator is sure of a plate in it
     * that covers under a twentieth of it; plate crops are smaller (at most 320 px wide among the 751 US crops), and
     * within a crop the locator is often fairly sure of the band of characters, which is why narrower ones are not
     * asked.
     */
    private static final int CROP_SURE_WIDTH = 400;
    private static final double PLATE_INSIDE_HEAT = 0.8;
    private static final int PLATE_INSIDE_SHARE = 20;

    private static boolean showsAPlateInside(Mat grey) {
        return grey.cols() > CROP_SURE_WIDTH && LOCATOR.get().proposals(grey, 1).stream().anyMatch(plate ->
                plate.heat() >= PLATE_INSIDE_HEAT && plate.box().area() * PLATE_INSIDE_SHARE < grey.total());
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
                byte[] pixels = TesseractLine.bytes(band);
                ballot.tesseractRead(TESSERACT.get().read(pixels, band.cols(), band.rows(), pass[1]));
            }
        }
    }

    private static List<double[]> corners(Rect where) {
        return List.of(new double[] {where.x, where.y}, new double[] {where.x + where.width, where.y},
                new double[] {where.x + where.width, where.y + where.height},
                new double[] {where.x, where.y + where.height});
    }

}
