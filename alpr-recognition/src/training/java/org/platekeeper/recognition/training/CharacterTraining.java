package org.platekeeper.recognition.training;

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
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

import nu.pattern.OpenCV;
import org.platekeeper.recognition.classify.CharacterClassifier;
import org.platekeeper.recognition.classify.CharacterShape;
import org.platekeeper.recognition.segment.PlateCharacters;

/**
 * Draws the characters the character model learns from: the plate-like sans-serif typefaces that
 * {@code scripts/train-characters.sh} installs, condensed, slanted, thickened, thinned, blurred, shrunk and speckled
 * the way plates look to a camera, then cut out exactly as {@link PlateCharacters} cuts them and squared as
 * {@link CharacterShape} squares them; and shapes that are not characters ({@link NotACharacter}) for the last class.
 * The network itself is trained from these samples by {@code scripts/train-characters.py}. Seeded: the same seed and
 * typefaces give the same samples.
 *
 * <p>{@code java -cp alpr-recognition.jar:test-classes org.platekeeper.recognition.training.CharacterTraining FILE
 * SAMPLES SEED} writes SAMPLES drawings of every class in every typeface, each as one byte for its class (the index in
 * {@link CharacterClassifier#CLASSES}, or its length for no character) followed by the square's pixels, row by row.
 */
public final class CharacterTraining {

    /**
     * Typefaces close to the ones states print plates in: sans-serif, mostly bold, several of them condensed, and one
     * condensed serif (Virginia's lettering has serifs that close an E's arms into a B and an F's into an R).
     */
    static final List<String> TYPEFACES = List.of("DejaVu Sans", "DejaVu Sans Condensed", "DejaVu Sans Mono",
            "Liberation Sans", "Liberation Sans Narrow", "Nimbus Sans", "Nimbus Sans Narrow", "Roboto",
            "Roboto Condensed", "Open Sans", "Open Sans Condensed", "FreeSans", "Clear Sans", "Lato", "B612",
            "OSP-DIN", "League Spartan", "Arimo", "Liberation Mono", "Nimbus Mono PS", "Routed Gothic",
            "Routed Gothic Narrow", "Yanone Kaffeesatz", "Cabin", "Karla", "Inter", "DejaVu Serif Condensed");

    private CharacterTraining() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: CharacterTraining FILE SAMPLES_PER_CLASS_AND_TYPEFACE SEED");
            System.exit(2);
        }
        OpenCV.loadLocally();
        List<Font> fonts = installedTypefaces();
        System.out.printf("drawing in %d typefaces: %s%n", fonts.size(), fonts.stream().map(Font::getFontName).toList());
        Path file = Path.of(args[0]);
        int written = write(file, fonts, Integer.parseInt(args[1]), new Random(Long.parseLong(args[2])));
        System.out.printf("%d samples written to %s%n", written, file);
    }

    private static int write(Path file, List<Font> fonts, int perClassAndFont, Random random) throws IOException {
        String classes = CharacterClassifier.CLASSES;
        byte[] pixels = new byte[CharacterShape.SIDE * CharacterShape.SIDE];
        int written = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            for (int label = 0; label <= classes.length(); label++) {
                for (Font font : fonts) {
                    for (int i = 0; i < perClassAndFont; i++) {
                        Mat ink = sample(label, font, random);
                        Mat square = ink == null ? new Mat() : CharacterShape.square(ink);
                        if (!square.empty()) {
                            square.get(0, 0, pixels);
                            out.write(label);
                            out.write(pixels);
                            written++;
                        }
                    }
                }
            }
        }
        return written;
    }

    /** A drawing of the class, or null when the typeface does not teach it; the last class is no character. */
    private static Mat sample(int label, Font font, Random random) {
        if (label == CharacterClassifier.CLASSES.length()) {
            return NotACharacter.drawn(random);
        }
        char glyph = glyph(CharacterClassifier.CLASSES.charAt(label), font, random);
        return glyph == 0 ? null : distorted(glyph, font, random);
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
     * typefaces that give it serifs (the monospaced and serif ones). The letter O has no class of its own: it is taught as the zero it is read as.
     */
    static char glyph(char label, Font font, Random random) {
        if (label == '0' && random.nextInt(5) < 2) {
            return 'O';
        }
        boolean serifedI = font.getFamily().contains("Mono") || font.getFamily().contains("Serif");
        if (label == 'I') {
            return serifedI ? 'I' : 0;
        }
        if (label == '1' && !serifedI && random.nextInt(3) == 0) {
            return 'I';
        }
        return label;
    }

    /** One character as a camera might see it on a plate, thresholded to ink the way plates are. */
    public static Mat distorted(char character, Font font, Random random) {
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
}
