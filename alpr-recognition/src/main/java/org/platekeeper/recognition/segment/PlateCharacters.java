package org.platekeeper.recognition.segment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Cuts a plate crop into its characters: the row of ink shapes of about the same height, standing on about the same
 * line, is the registration; smaller print (state name, slogans, county, stickers) and the plate's frame are not.
 * Touching characters are split where the ink between them is thinnest; a character run into a picture beside the
 * row is cut out of it.
 */
public final class PlateCharacters {

    /** Plate crops are scaled to this height first, so every threshold below is in the same units. */
    public static final int ROWS = 120;

    private PlateCharacters() {
    }

    /**
     * The plate cut under several binarisations of several renderings of its colours; each cut is the ink of each
     * character, left to right.
     */
    public static List<List<Mat>> cuts(Mat colourPlate) {
        return cuts(colourPlate, Judge.NONE);
    }

    /** What cutting asks of the character classifier. */
    public interface Judge {

        /** Judges nothing a character: cuts by shape alone. */
        Judge NONE = new Judge() {
            @Override
            public boolean oneWideLetter(Mat shape) {
                return false;
            }

            @Override
            public boolean clearCharacter(Mat shape, boolean narrow) {
                return false;
            }
        };

        /** Whether a shape as wide as two characters is one wide letter (a bold W or M). */
        boolean oneWideLetter(Mat shape);

        /**
         * Whether a shape is, beyond doubt, one character; when {@code narrow}, one as narrow as a 1 (any other
         * character cut that narrow is part of one: the thin middle of a 0).
         */
        boolean clearCharacter(Mat shape, boolean narrow);
    }

    /**
     * As {@link #cuts(Mat)}, with the classifier's judgement: a shape as wide as two characters is kept whole when it
     * is one wide letter (a bold W or M is as wide as two narrow digits touching), and a character beyond either end
     * of the row that runs into something else is taken when the classifier is sure of it.
     */
    public static List<List<Mat>> cuts(Mat colourPlate, Judge judge) {
        List<List<Mat>> cuts = new ArrayList<>();
        for (Mat rendering : renderings(colourPlate)) {
            Mat grey = new Mat();
            Imgproc.resize(rendering, grey, new Size(Math.max(1, rendering.cols() * ROWS / rendering.rows()), ROWS), 0,
                    0, Imgproc.INTER_CUBIC);
            for (Mat darkInk : binarisations(grey)) {
                Mat lightInk = new Mat();
                Core.bitwise_not(darkInk, lightInk);
                Optional<Row> dark = row(darkInk, judge);
                Optional<Row> light = row(lightInk, judge);
                Optional<Row> better = count(light) > count(dark) ? light : dark;
                better.map(row -> row.extended(judge)).filter(characters -> characters.size() >= 2)
                        .ifPresent(cuts::add);
            }
        }
        return cuts;
    }

    /**
     * Plain grey, the darkest channel (coloured print on a white plate stands out in it) and the brightest channel
     * (dark print on a colourful picture does).
     */
    private static List<Mat> renderings(Mat colour) {
        if (colour.channels() == 1) {
            return List.of(colour);
        }
        Mat grey = new Mat();
        Imgproc.cvtColor(colour, grey, Imgproc.COLOR_BGR2GRAY);
        List<Mat> channels = new ArrayList<>();
        Core.split(colour, channels);
        Mat darkest = new Mat();
        Core.min(channels.get(0), channels.get(1), darkest);
        Core.min(darkest, channels.get(2), darkest);
        Mat brightest = new Mat();
        Core.max(channels.get(0), channels.get(1), brightest);
        Core.max(brightest, channels.get(2), brightest);
        return List.of(grey, darkest, brightest);
    }

    /** Dark ink under Otsu's global threshold and under a local one. */
    private static List<Mat> binarisations(Mat grey) {
        Mat otsu = new Mat();
        Imgproc.threshold(grey, otsu, 0, 255, Imgproc.THRESH_BINARY_INV | Imgproc.THRESH_OTSU);
        Mat local = new Mat();
        Imgproc.adaptiveThreshold(grey, local, 255, Imgproc.ADAPTIVE_THRESH_MEAN_C, Imgproc.THRESH_BINARY_INV, 41, 8);
        return List.of(otsu, local);
    }

    private static int count(Optional<Row> row) {
        return row.map(found -> found.characters().size()).orElse(0);
    }

    /**
     * The row of characters in one binarisation: its pieces of ink left to right, the band of the image it stands in,
     * and its characters, pieces too wide for one split in two or more.
     */
    private record Row(List<Piece> pieces, Mat bandInk, List<Mat> characters) {

        /**
         * The characters with those beyond the row's ends that run into the frame, a sticker or a picture: sought
         * only in the binarisation chosen, as they cost the classifier's time.
         */
        List<Mat> extended(Judge judge) {
            List<Piece> row = new ArrayList<>(pieces);
            List<Mat> extended = new ArrayList<>(characters);
            for (boolean left : new boolean[] {true, false}) {
                for (int more = 0; more < 2; more++) {
                    Optional<Piece> beyond = beyondEnd(row, bandInk, left, judge);
                    if (beyond.isEmpty()) {
                        break;
                    }
                    row.add(left ? 0 : row.size(), beyond.get());
                    extended.add(left ? 0 : extended.size(), beyond.get().mask());
                }
            }
            return extended;
        }
    }

    /**
     * The row of characters in one binarisation (ink non-zero); empty when there is none. The row is found first;
     * then only the band of the image it stands in is cut again, which frees characters whose ink touches a picture
     * above or below them.
     */
    private static Optional<Row> row(Mat ink, Judge judge) {
        Mat labels = new Mat();
        List<Shape> all = shapes(ink, labels);
        List<Shape> row = row(all, ink.rows());
        if (row.size() < 2) {
            return Optional.empty();
        }
        int top = median(row.stream().mapToInt(s -> s.box.y).toArray());
        int bottom = median(row.stream().mapToInt(s -> s.box.y + s.box.height).toArray());
        int margin = Math.max(1, (bottom - top) / 20);
        Rect band = new Rect(0, Math.max(0, top - margin), ink.cols(),
                Math.min(ink.rows(), bottom + margin) - Math.max(0, top - margin));
        double pitch = row.stream().filter(s -> s.box.width < s.box.height * 0.9).mapToInt(s -> s.box.width)
                .average().orElse(row.get(0).box.height * 0.55);
        List<Piece> pieces = new ArrayList<>();
        for (Shape shape : row) {
            pieces.add(new Piece(shape.box.x, shape.mask(labels)));
        }
        Mat bandLabels = new Mat();
        for (Shape freed : shapes(new Mat(ink, band), bandLabels)) {
            boolean near = row.stream().anyMatch(s -> gap(s.box, freed.box) <= pitch * GAP);
            boolean overlaps = row.stream().anyMatch(s -> s.box.x < freed.box.x + freed.box.width
                    && freed.box.x < s.box.x + s.box.width);
            if (!near || overlaps) {
                continue;
            }
            if (freed.fillsBand(band.height) && !frame(freed, bandLabels, band, labels, all)) {
                pieces.add(new Piece(freed.box.x, freed.mask(bandLabels)));
            } else {
                carved(freed, bandLabels, row, band.height).ifPresent(pieces::add);
            }
        }
        pieces.sort(Comparator.comparingInt(Piece::x));
        List<Mat> characters = new ArrayList<>();
        for (Piece piece : pieces) {
            Mat mask = piece.mask();
            int parts = (int) Math.round(mask.cols() / (pitch * 1.15));
            if (parts >= 2 && mask.cols() > mask.rows() * 0.8 && !(parts == 2 && judge.oneWideLetter(mask))) {
                characters.addAll(split(mask, parts));
            } else {
                characters.add(mask);
            }
        }
        return Optional.of(new Row(pieces, new Mat(ink, band), characters));
    }

    /**
     * The character just beyond the first or last one of the row whose ink runs into the plate's frame, a sticker or a
     * picture (Colorado's border, Idaho's registration sticker, Minnesota's deer): one character width of the band
     * past the usual gap, taken only when the classifier is sure of it. Empty when there is no such character.
     */
    private static Optional<Piece> beyondEnd(List<Piece> pieces, Mat bandInk, boolean left, Judge judge) {
        int width = median(pieces.stream().mapToInt(p -> p.mask().cols()).toArray());
        int[] gaps = new int[Math.max(1, pieces.size() - 1)];
        for (int i = 0; i + 1 < pieces.size(); i++) {
            gaps[i] = pieces.get(i + 1).x() - (pieces.get(i).x() + pieces.get(i).mask().cols());
        }
        int usualGap = Math.max(1, median(gaps));
        int[] ink = columnInk(bandInk);
        int inkless = 255 * 2; // two pixels of ink in a column or fewer: a gap, specks aside
        int step = left ? -1 : 1;
        Piece end = pieces.get(left ? 0 : pieces.size() - 1);
        int x = left ? end.x() - 1 : end.x() + end.mask().cols();
        int gap = 0;
        while (x >= 0 && x < ink.length && ink[x] <= inkless) {
            x += step;
            gap++;
        }
        if (gap == 0 || gap > usualGap * 3 + 2 || x < 0 || x >= ink.length) {
            return Optional.empty();
        }
        int near = x;
        int run = 0;
        while (x >= 0 && x < ink.length && ink[x] > inkless && run < width * 1.3) {
            x += step;
            run++;
        }
        if (run < width * 0.2) {
            return Optional.empty();
        }
        // the character is cut where the ink is thinnest, one narrow (a 1) to one wide character in from the gap
        Optional<Piece> best = Optional.empty();
        for (double[] reach : new double[][] {{0.2, 0.75}, {0.75, 1.3}}) {
            int cut = -1;
            for (int offset = (int) (width * reach[0]); offset <= (int) (width * reach[1]); offset++) {
                int at = near + step * offset;
                if (at < 0 || at >= ink.length) {
                    break;
                }
                if (cut < 0 || ink[at] < ink[cut]) {
                    cut = at;
                }
            }
            if (cut < 0) {
                continue;
            }
            int from = Math.min(near, cut);
            int to = Math.max(near, cut) + 1;
            Mat character = largestParts(new Mat(bandInk, new Rect(from, 0, to - from, bandInk.rows())));
            Mat points = new Mat();
            Core.findNonZero(character, points);
            if (points.empty() || Imgproc.boundingRect(points).height < bandInk.rows() * 0.75) {
                continue;
            }
            // a 1 whose ink runs from the band's top edge to its bottom edge runs on above and below the row: it is
            // the frame, and nothing lies beyond it; a character as wide as any other may touch the frame and is judged
            boolean narrow = reach[1] < 1;
            if (narrow && Imgproc.boundingRect(points).height == bandInk.rows()) {
                break;
            }
            if (judge.clearCharacter(character, narrow)) {
                best = Optional.of(new Piece(from, character));
                break;
            }
        }
        return best;
    }

    /**
     * Whether a shape cut out of the band is part of the plate's frame or of a long bar: its whole reaches far above
     * and far below the band, where a character stuck to a picture reaches out on one side only.
     */
    private static boolean frame(Shape freed, Mat bandLabels, Rect band, Mat labels, List<Shape> all) {
        Mat mask = freed.mask(bandLabels);
        Mat points = new Mat();
        Core.findNonZero(mask, points);
        double[] point = points.get(0, 0);
        int label = (int) labels.get(band.y + freed.box.y + (int) point[1], freed.box.x + (int) point[0])[0];
        Rect whole = all.get(label - 1).box;
        int reach = band.height / 3;
        return whole.y < band.y - reach && whole.y + whole.height > band.y + band.height + reach;
    }

    /**
     * The character at the end of a shape too wide to be one, on the side that faces the row: a character whose ink
     * runs into a picture beside it (Maine's pine branch, a lobster's claw, Idaho's mountains) is one character wide
     * next to the row and picture beyond. Empty when the shape is not beside the row or the part does not fill the
     * band.
     */
    private static Optional<Piece> carved(Shape freed, Mat bandLabels, List<Shape> row, int bandRows) {
        int width = median(row.stream().mapToInt(s -> s.box.width).toArray());
        int first = row.stream().mapToInt(s -> s.box.x).min().orElse(0);
        int last = row.stream().mapToInt(s -> s.box.x + s.box.width).max().orElse(0);
        boolean left = freed.box.x + freed.box.width <= first + width / 4;
        boolean right = freed.box.x >= last - width / 4;
        if (freed.box.width < width * 1.5 || freed.box.height < bandRows * 0.7 || left == right) {
            return Optional.empty();
        }
        Mat mask = freed.mask(bandLabels);
        int[] ink = columnInk(mask);
        // the cut goes through the thinnest ink about one character width in from the side that faces the row
        int best = -1;
        for (int offset = (int) (width * 0.8); offset <= (int) (width * 1.3) && offset < mask.cols(); offset++) {
            int x = left ? mask.cols() - offset : offset;
            if (best < 0 || ink[x] < ink[best]) {
                best = x;
            }
        }
        Rect part = left ? new Rect(best, 0, mask.cols() - best, mask.rows()) : new Rect(0, 0, best, mask.rows());
        Mat character = new Mat(mask, part);
        Mat points = new Mat();
        Core.findNonZero(character, points);
        Rect inked = points.empty() ? new Rect() : Imgproc.boundingRect(points);
        // a part narrower than the row's characters is the edge of the picture itself (Oklahoma's bow)
        if (inked.height < bandRows * 0.7 || inked.width < width * 0.85) {
            return Optional.empty();
        }
        return Optional.of(new Piece(freed.box.x + part.x, character));
    }

    /** A shape freed from a picture counts only this close to the row, in character widths: farther is the frame. */
    private static final double GAP = 0.3;

    private static int gap(Rect a, Rect b) {
        return Math.max(b.x - (a.x + a.width), a.x - (b.x + b.width));
    }

    private record Piece(int x, Mat mask) {
    }

    /**
     * The set of character-sized shapes of about the same height standing on about the same line whose heights add up
     * to the most: the registration's few tall characters outweigh the many small letters of a slogan. The line
     * may slope: a tilted plate's first and last characters stand higher or lower than its middle ones.
     */
    private static List<Shape> row(List<Shape> all, int rows) {
        List<Shape> shapes = all.stream().filter(s -> s.characterSized(rows)).toList();
        List<Shape> row = List.of();
        for (Shape seed : shapes) {
            List<Shape> aligned = shapes.stream().filter(seed::alignedWith).toList();
            if (height(aligned) > height(row)) {
                row = aligned;
            }
        }
        if (row.size() < 3) {
            return row;
        }
        Line tops = Line.through(row, s -> s.box.y);
        Line bottoms = Line.through(row, s -> s.box.y + s.box.height);
        double tolerance = median(row.stream().mapToInt(s -> s.box.height).toArray()) * 0.18;
        return shapes.stream().filter(s -> Math.abs(s.box.y - tops.at(s.centre())) <= tolerance
                && Math.abs(s.box.y + s.box.height - bottoms.at(s.centre())) <= tolerance).toList();
    }

    /** A straight line fitted by least squares through one edge of some shapes, by their horizontal centres. */
    private record Line(double intercept, double slope) {

        static Line through(List<Shape> shapes, java.util.function.ToDoubleFunction<Shape> edge) {
            double meanX = shapes.stream().mapToDouble(Shape::centre).average().orElse(0);
            double meanY = shapes.stream().mapToDouble(edge).average().orElse(0);
            double covariance = 0;
            double variance = 0;
            for (Shape shape : shapes) {
                covariance += (shape.centre() - meanX) * (edge.applyAsDouble(shape) - meanY);
                variance += (shape.centre() - meanX) * (shape.centre() - meanX);
            }
            double slope = variance == 0 ? 0 : Math.max(-0.2, Math.min(0.2, covariance / variance));
            return new Line(meanY - slope * meanX, slope);
        }

        double at(double x) {
            return intercept + slope * x;
        }
    }

    private static List<Shape> shapes(Mat ink, Mat labels) {
        Mat stats = new Mat();
        Mat centroids = new Mat();
        int count = Imgproc.connectedComponentsWithStats(ink, labels, stats, centroids, 8, CvType.CV_32S);
        List<Shape> shapes = new ArrayList<>();
        for (int label = 1; label < count; label++) {
            shapes.add(new Shape(label, new Rect((int) stats.get(label, Imgproc.CC_STAT_LEFT)[0],
                    (int) stats.get(label, Imgproc.CC_STAT_TOP)[0], (int) stats.get(label, Imgproc.CC_STAT_WIDTH)[0],
                    (int) stats.get(label, Imgproc.CC_STAT_HEIGHT)[0]), (int) stats.get(label, Imgproc.CC_STAT_AREA)[0]));
        }
        return shapes;
    }

    public static int median(int[] values) {
        java.util.Arrays.sort(values);
        return values[values.length / 2];
    }

    /** Splits touching characters at the thinnest column near each even division. */
    private static List<Mat> split(Mat mask, int pieces) {
        int[] ink = columnInk(mask);
        List<Mat> parts = new ArrayList<>();
        int from = 0;
        for (int piece = 1; piece <= pieces; piece++) {
            int to = mask.cols();
            if (piece < pieces) {
                int expected = mask.cols() * piece / pieces;
                int reach = mask.cols() / (pieces * 4);
                to = expected;
                for (int x = Math.max(from + 1, expected - reach); x <= Math.min(mask.cols() - 1, expected + reach); x++) {
                    if (ink[x] < ink[to]) {
                        to = x;
                    }
                }
            }
            parts.add(new Mat(mask, new Rect(from, 0, to - from, mask.rows())));
            from = to;
        }
        return parts;
    }

    /** The ink in each column of a mask. */
    private static int[] columnInk(Mat mask) {
        Mat columns = new Mat();
        Core.reduce(mask, columns, 0, Core.REDUCE_SUM, CvType.CV_32S);
        int[] ink = new int[mask.cols()];
        columns.get(0, 0, ink);
        return ink;
    }

    /** Keeps the substantial parts of some ink and drops specks: anything under a sixth of the largest part. */
    public static Mat largestParts(Mat ink) {
        Mat labels = new Mat();
        Mat stats = new Mat();
        Mat centroids = new Mat();
        int count = Imgproc.connectedComponentsWithStats(ink, labels, stats, centroids, 8, CvType.CV_32S);
        int largest = 0;
        for (int label = 1; label < count; label++) {
            largest = Math.max(largest, (int) stats.get(label, Imgproc.CC_STAT_AREA)[0]);
        }
        Mat kept = Mat.zeros(ink.size(), CvType.CV_8U);
        for (int label = 1; label < count; label++) {
            if (stats.get(label, Imgproc.CC_STAT_AREA)[0] * 6 >= largest) {
                Mat part = new Mat();
                Core.compare(labels, new Scalar(label), part, Core.CMP_EQ);
                Core.bitwise_or(kept, part, kept);
            }
        }
        return kept;
    }

    private static int height(List<Shape> shapes) {
        return shapes.stream().mapToInt(s -> s.box.height).sum();
    }

    private record Shape(int label, Rect box, int area) {

        boolean characterSized(int rows) {
            return box.height >= rows * 0.15 && box.height <= rows * 0.92 && box.width <= box.height * 2.6
                    && inkLike();
        }

        /** Reaches from near the top of the band to near its bottom, as the characters standing in it do. */
        boolean fillsBand(int bandRows) {
            return box.height >= bandRows * 0.7 && box.width <= box.height * 2.6 && box.width >= bandRows * 0.1
                    && inkLike();
        }

        double centre() {
            return box.x + box.width / 2.0;
        }

        Mat mask(Mat labels) {
            Mat mask = new Mat();
            Core.compare(new Mat(labels, box), new Scalar(label), mask, Core.CMP_EQ);
            return mask;
        }

        /** Neither a thin outline nor a solid block. */
        private boolean inkLike() {
            return area >= box.width * box.height * 0.12
                    && !(area > box.width * box.height * 0.85 && box.width > box.height * 0.4);
        }

        /** About as tall as this one and standing on about the same line. */
        boolean alignedWith(Shape other) {
            double tolerance = box.height * 0.18;
            return Math.abs(other.box.y - box.y) <= tolerance
                    && Math.abs(other.box.y + other.box.height - box.y - box.height) <= tolerance;
        }
    }
}
