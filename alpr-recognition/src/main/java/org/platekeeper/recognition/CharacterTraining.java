package org.platekeeper.recognition;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfInt;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.core.TermCriteria;
import org.opencv.imgproc.Imgproc;
import org.opencv.ml.ANN_MLP;
import org.opencv.ml.Ml;
import org.opencv.ml.TrainData;

import nu.pattern.OpenCV;

/**
 * Trains the character model from characters it draws itself: the plate-like sans-serif typefaces that
 * {@code scripts/train-characters.sh} installs, condensed, slanted, thickened, thinned, blurred, shrunk and speckled
 * the way plates look to a camera, then cut out exactly as {@link PlateCharacters} cuts them; and shapes that are not
 * characters ({@link NotACharacter}) for the last output. Seeded, so the same typefaces give the same models.
 *
 * <p>{@code java -cp alpr-recognition.jar org.platekeeper.recognition.CharacterTraining DIRECTORY [SAMPLES [ITERATIONS]]}
 */
public final class CharacterTraining {

    /** Typefaces close to the ones states print plates in: sans-serif, mostly bold, several of them condensed. */
    static final List<String> TYPEFACES = List.of("DejaVu Sans", "DejaVu Sans Condensed", "DejaVu Sans Mono",
            "Liberation Sans", "Liberation Sans Narrow", "Nimbus Sans", "Nimbus Sans Narrow", "Roboto",
            "Roboto Condensed", "Open Sans", "Open Sans Condensed", "FreeSans", "Clear Sans", "Lato", "B612",
            "OSP-DIN", "League Spartan", "Arimo", "Liberation Mono", "Nimbus Mono PS", "Routed Gothic",
            "Routed Gothic Narrow", "Yanone Kaffeesatz", "Cabin", "Karla", "Inter");

    private CharacterTraining() {
    }

    public static void main(String[] args) throws Exception {
        OpenCV.loadLocally();
        Path directory = Path.of(args.length > 0 ? args[0] : ".");
        int perClassAndFont = args.length > 1 ? Integer.parseInt(args[1]) : 24;
        int iterations = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        List<Font> fonts = installedTypefaces();
        System.out.printf("training on %d typefaces: %s%n", fonts.size(), fonts.stream().map(Font::getFontName).toList());
        Files.createDirectories(directory);
        for (int member = 0; member < CharacterClassifier.ENSEMBLE; member++) {
            long seed = 20261130L + member;
            Core.setRNGSeed((int) seed); // the network's initial weights
            ANN_MLP network = train(fonts, new Random(seed), perClassAndFont, iterations);
            Path output = directory.resolve(CharacterClassifier.model(member));
            network.save(output.toString());
            System.out.printf("model written to %s%n", output);
        }
    }

    /** One network, trained on its own draw of distorted characters. */
    private static ANN_MLP train(List<Font> fonts, Random random, int perClassAndFont, int iterations) {
        Mat samples = new Mat();
        List<Integer> labels = new ArrayList<>();
        String classes = CharacterClassifier.CLASSES;
        for (int c = 0; c < classes.length(); c++) {
            for (Font font : fonts) {
                for (int i = 0; i < perClassAndFont; i++) {
                    char glyph = glyph(classes.charAt(c), font, random);
                    if (glyph == 0) {
                        continue;
                    }
                    Mat features = CharacterShape.features(distorted(glyph, font, random));
                    if (!features.empty()) {
                        samples.push_back(features);
                        labels.add(c);
                    }
                }
            }
        }
        // the last output: what the cutting takes for a character but is not one (pictures, flags, stickers, bolts)
        for (int i = 0; i < perClassAndFont * fonts.size(); i++) {
            Mat features = CharacterShape.features(NotACharacter.drawn(random));
            if (!features.empty()) {
                samples.push_back(features);
                labels.add(classes.length());
            }
        }
        Mat targets = new Mat(labels.size(), CharacterClassifier.OUTPUTS, CvType.CV_32F, Scalar.all(-1));
        for (int row = 0; row < labels.size(); row++) {
            targets.put(row, labels.get(row), 1.0);
        }
        ANN_MLP network = ANN_MLP.create();
        network.setLayerSizes(new MatOfInt(samples.cols(), 120, CharacterClassifier.OUTPUTS));
        network.setActivationFunction(ANN_MLP.SIGMOID_SYM);
        network.setTrainMethod(ANN_MLP.BACKPROP, 0.01, 0.1);
        network.setTermCriteria(new TermCriteria(TermCriteria.MAX_ITER, iterations, 0));
        long start = System.nanoTime();
        network.train(TrainData.create(samples, Ml.ROW_SAMPLE, targets));
        System.out.printf("%d samples of %d features, trained in %d s, training accuracy %.1f%%%n", samples.rows(),
                samples.cols(), (System.nanoTime() - start) / 1_000_000_000, accuracy(network, samples, labels));
        return network;
    }

    private static List<Font> installedTypefaces() {
        Set<String> installed = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        List<Font> fonts = new ArrayList<>();
        for (String name : TYPEFACES) {
            if (!installed.contains(name)) {
                System.out.println("typeface not installed, skipped: " + name);
                continue;
            }
            fonts.add(new Font(name, Font.BOLD, 64));
            if (name.contains("Narrow") || name.contains("Condensed") || name.equals("DejaVu Sans")) {
                fonts.add(new Font(name, Font.PLAIN, 64));
            }
        }
        return fonts;
    }

    /**
     * The glyph that teaches a class, or 0 for none. Many states print the digit one as a plain bar, and ones are six
     * times as common on plates as the letter I, so a plain bar is taught as a one; the letter I is taught only from
     * typefaces that give it serifs. The letter O has no class of its own: it is taught as the zero it is read as.
     */
    static char glyph(char label, Font font, Random random) {
        if (label == '0' && random.nextInt(5) < 2) {
            return 'O';
        }
        boolean serifedI = font.getFamily().contains("Mono");
        if (label == 'I') {
            return serifedI ? 'I' : 0;
        }
        if (label == '1' && !serifedI && random.nextInt(3) == 0) {
            return 'I';
        }
        return label;
    }

    /** One character as a camera might see it on a plate, thresholded to ink the way plates are. */
    static Mat distorted(char character, Font font, Random random) {
        AffineTransform shape = new AffineTransform();
        shape.rotate(Math.toRadians(random.nextGaussian() * 2));
        shape.shear(random.nextGaussian() * 0.06, 0);
        shape.scale(condensing(character, font, random), 1);
        GlyphVector glyph = font.deriveFont(shape).createGlyphVector(
                new FontRenderContext(null, true, true), String.valueOf(character));
        Rectangle2D bounds = glyph.getVisualBounds();
        int margin = 12;
        int width = (int) Math.ceil(bounds.getWidth()) + 2 * margin;
        int height = (int) Math.ceil(bounds.getHeight()) + 2 * margin;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(java.awt.Color.BLACK);
        g.drawGlyphVector(glyph, (float) (margin - bounds.getX()), (float) (margin - bounds.getY()));
        g.dispose();
        return degraded(image, random);
    }

    /**
     * How much narrower than the typeface draws it a character is drawn. Plate lettering gives every character a cell
     * of the same width, so the wide letters are squeezed the most: a plate's W or M is often no wider than its 3,
     * under half as wide as it is tall. Half the characters are squeezed into such a cell.
     */
    private static double condensing(char character, Font font, Random random) {
        double condensing = 0.55 + random.nextDouble() * 0.55;
        Rectangle2D natural = font.createGlyphVector(new FontRenderContext(null, true, true), String.valueOf(character))
                .getVisualBounds();
        double cell = 0.32 + random.nextDouble() * 0.3; // width to height
        double aspect = natural.getWidth() / natural.getHeight();
        return random.nextBoolean() && aspect * condensing > cell ? cell / aspect : condensing;
    }

    /**
     * Black drawn on white, as a camera might see it on a plate (bolder or thinner, few pixels, blurred, noisy),
     * thresholded to ink the way plates are.
     */
    static Mat degraded(BufferedImage image, Random random) {
        Mat grey = new Mat(image.getHeight(), image.getWidth(), CvType.CV_8U);
        grey.put(0, 0, ((DataBufferByte) image.getRaster().getDataBuffer()).getData());

        int stroke = random.nextInt(5) - 2; // thinner or bolder strokes than the typeface draws
        if (stroke != 0) {
            Mat kernel = Imgproc.getStructuringElement(Imgproc.MORPH_ELLIPSE,
                    new Size(2 * Math.abs(stroke) + 1, 2 * Math.abs(stroke) + 1));
            if (stroke > 0) {
                Imgproc.erode(grey, grey, kernel);
            } else {
                Imgproc.dilate(grey, grey, kernel);
            }
        }
        double shrink = 0.3 + random.nextDouble() * 0.7; // a distant plate: few pixels per character
        Mat small = new Mat();
        Imgproc.resize(grey, small, new Size(), shrink, shrink, Imgproc.INTER_AREA);
        Imgproc.GaussianBlur(small, small, new Size(0, 0), 0.3 + random.nextDouble() * 0.9);
        Mat noise = new Mat(small.size(), CvType.CV_8S);
        Core.randn(noise, 0, random.nextDouble() * 18);
        Mat noisy = new Mat();
        small.convertTo(noisy, CvType.CV_16S);
        Mat noise16 = new Mat();
        noise.convertTo(noise16, CvType.CV_16S);
        Core.add(noisy, noise16, noisy);
        noisy.convertTo(small, CvType.CV_8U);
        Mat restored = new Mat();
        Imgproc.resize(small, restored, grey.size(), 0, 0, Imgproc.INTER_CUBIC);
        Mat ink = new Mat();
        Imgproc.threshold(restored, ink, 0, 255, Imgproc.THRESH_BINARY_INV | Imgproc.THRESH_OTSU);
        return PlateCharacters.largestParts(ink);
    }

    private static double accuracy(ANN_MLP network, Mat samples, List<Integer> labels) {
        Mat outputs = new Mat();
        network.predict(samples, outputs);
        int right = 0;
        for (int row = 0; row < labels.size(); row++) {
            if ((int) Core.minMaxLoc(outputs.row(row)).maxLoc.x == labels.get(row)) {
                right++;
            }
        }
        return 100.0 * right / labels.size();
    }
}
