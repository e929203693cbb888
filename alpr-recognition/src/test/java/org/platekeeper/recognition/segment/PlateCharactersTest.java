package org.platekeeper.recognition.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

import nu.pattern.OpenCV;
import org.platekeeper.recognition.classify.CharacterClassifier;
import org.platekeeper.recognition.classify.CharacterReader;
import org.platekeeper.recognition.training.CharacterTraining;
import org.platekeeper.recognition.training.NotACharacter;
import org.platekeeper.recognition.vote.Reading;

class PlateCharactersTest {

    static {
        OpenCV.loadLocally();
    }

    /** A grey plate: a state name above the registration, and a picture drawn over it. */
    private static Mat plate(String text, Consumer<Graphics2D> picture) {
        return drawnPlate(g -> {
            g.setColor(new Color(40, 40, 40));
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
            g.drawString("NEBRASKA", 115, 30);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 70));
            int width = g.getFontMetrics().stringWidth(text);
            g.drawString(text, 160 - width / 2, 118);
            picture.accept(g);
        });
    }

    /** A light grey 320x160 plate with what {@code drawing} draws on it. */
    private static Mat drawnPlate(Consumer<Graphics2D> drawing) {
        BufferedImage image = new BufferedImage(320, 160, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(236, 236, 236));
        g.fillRect(0, 0, 320, 160);
        drawing.accept(g);
        g.dispose();
        Mat grey = new Mat(160, 320, CvType.CV_8U);
        grey.put(0, 0, ((DataBufferByte) image.getRaster().getDataBuffer()).getData());
        return grey;
    }

    /** Hills along the bottom of the plate, drawn into the characters' feet. */
    private static void hills(Graphics2D g) {
        g.fillPolygon(new int[] {0, 60, 140, 220, 320, 320, 0}, new int[] {150, 116, 130, 112, 140, 160, 160}, 7);
    }

    /**
     * A branch from the top of the plate to its bottom, left of the registration, with twigs that reach into the
     * first character, as Maine's pine does.
     */
    private static void branch(Graphics2D g) {
        g.setStroke(new BasicStroke(5));
        g.drawLine(8, 4, 14, 156);
        for (int y = 60; y <= 110; y += 16) {
            g.drawLine(10, y, 40, y + 6);
        }
    }

    /** A dark flag left of the registration, a little taller than its characters, with light stars on it. */
    private static void flag(Graphics2D g) {
        g.fillRect(16, 62, 30, 60);
        g.setColor(new Color(236, 236, 236));
        Random random = new Random(1);
        for (int star = 0; star < 20; star++) {
            g.fillOval(19 + random.nextInt(22), 65 + random.nextInt(52), 6, 6);
        }
    }

    @Test
    @DisplayName("cuts a plate into its characters and leaves the smaller state name out")
    void cutsRegistration() {
        List<List<Mat>> cuts = PlateCharacters.cuts(plate("KX7H42", g -> { }));
        assertThat(cuts).isNotEmpty().allSatisfy(cut -> assertThat(cut).hasSize(6));
    }

    @Test
    @DisplayName("frees characters whose feet touch a picture under the registration")
    void freesCharactersTouchingAPicture() {
        List<List<Mat>> cuts = PlateCharacters.cuts(plate("KX7H42", PlateCharactersTest::hills));
        assertThat(cuts).anySatisfy(cut -> assertThat(cut).hasSize(6));
    }

    @Test
    @DisplayName("cuts the first character out of a picture beside it that its ink runs into")
    void carvesCharacterOutOfAPictureBesideIt() {
        CharacterClassifier classifier = new CharacterClassifier();
        List<List<Mat>> cuts = PlateCharacters.cuts(plate("67253", PlateCharactersTest::branch));
        assertThat(cuts).anySatisfy(cut -> {
            assertThat(cut).hasSize(5);
            assertThat(classifier.classify(cut.get(0))).extracting(CharacterClassifier.Classification::character)
                    .isEqualTo('6');
        });
    }

    /** Draws a plate's frame around a row of characters that starts at {@code left} and is {@code width} wide. */
    private interface Frame {
        void draw(Graphics2D g, int left, int width);
    }

    /** A row of characters across the middle of a drawn plate, and the frame the test draws around it. */
    private static Mat framedPlate(String text, Frame frame) {
        return drawnPlate(g -> {
            g.setColor(new Color(40, 40, 40));
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 70));
            int width = g.getFontMetrics().stringWidth(text);
            int left = 160 - width / 2;
            g.drawString(text, left, 118);
            frame.draw(g, left, width);
        });
    }

    @Test
    @DisplayName("reads the characters at both ends of the row whose ink runs into the plate's frame")
    void readsCharactersRunIntoTheFrame() {
        String text = "AU4137";
        Mat plate = framedPlate(text, (g, left, width) -> {
            // the frame's sides stand from the top of the plate to its bottom, touching the first and last characters
            g.fillRect(left - 4, 4, 6, 152);
            g.fillRect(left + width - 4, 4, 6, 152);
            g.fillRect(left - 4, 4, width + 6, 5);
            g.fillRect(left - 4, 151, width + 6, 5);
        });
        assertThat(new CharacterReader().readings(plate)).extracting(Reading::text).contains(text);
    }

    @Test
    @DisplayName("offers the classifier a character at the end of the row that touches the frame's side")
    void offersCharacterTouchingTheFrame() {
        Mat plate = framedPlate("AYR91K", (g, left, width) ->
                // the frame's right side stands from the top of the plate to its bottom, touching the tips of the K
                g.fillRect(left + width - 1, 4, 4, 152));
        // a judge that takes any shape as wide as a character for one, and no narrower one: the frame is no 1
        PlateCharacters.Judge wideOnes = new PlateCharacters.Judge() {
            @Override
            public boolean oneWideLetter(Mat shape) {
                return false;
            }

            @Override
            public boolean clearCharacter(Mat shape, boolean narrow) {
                return !narrow;
            }
        };
        assertThat(PlateCharacters.cuts(plate, PlateCharacters.Judge.NONE)).as("the K with the frame is no row shape")
                .allSatisfy(cut -> assertThat(cut).hasSize(5));
        assertThat(PlateCharacters.cuts(plate, wideOnes)).allSatisfy(cut -> assertThat(cut).hasSize(6));
    }

    @Test
    @DisplayName("leaves out a picture at the end of the row that is taller than its characters and like none of them")
    void leavesOutPictureBesideTheRow() {
        Mat plate = plate("7H42", PlateCharactersTest::flag);
        assertThat(PlateCharacters.cuts(plate)).as("the flag stands in the row").allSatisfy(cut -> assertThat(cut)
                .hasSize(5));
        assertThat(new CharacterReader().readings(plate)).isNotEmpty().extracting(Reading::text).containsOnly("7H42");
    }

    @Test
    @DisplayName("the shipped character model names characters drawn in typefaces and distortions it has not seen")
    void classifierReadsUnseenCharacters() {
        CharacterClassifier classifier = new CharacterClassifier();
        Random random = new Random(42);
        // DejaVu Serif at its normal width: the training draws only its condensed cut
        Font[] unseen = {new Font("DejaVu Serif", Font.BOLD, 64), new Font(Font.SANS_SERIF, Font.PLAIN, 64),
                new Font(Font.MONOSPACED, Font.PLAIN, 64)};
        int right = 0;
        int total = 0;
        StringBuilder misses = new StringBuilder();
        for (Font font : unseen) {
            for (char character : "0123456789ABCDEFGHJKLMNPRSTUVWXYZ".toCharArray()) {
                CharacterClassifier.Classification named = classifier.classify(
                        CharacterTraining.distorted(character, font, random));
                total++;
                if (named != null && named.character() == character) {
                    right++;
                } else {
                    misses.append(character).append("->").append(named == null ? '?' : named.character()).append(' ');
                }
            }
        }
        assertThat(right * 100 / total).as("characters named right; misses: " + misses).isGreaterThanOrEqualTo(80);
    }

    @Test
    @DisplayName("reads the wide letters of plate lettering, squeezed as narrow as the digits beside them")
    void readsCondensedPlateLettering() {
        for (String text : List.of("WM8W0", "MW3NM", "HW6MD")) {
            Mat plate = condensedPlate(text, new Font(Font.SANS_SERIF, Font.BOLD, 80), 24);
            assertThat(new CharacterReader().readings(plate)).as(text).isNotEmpty().extracting(Reading::text)
                    .containsOnly(text);
        }
    }

    @Test
    @DisplayName("reads lettering a quarter as wide as it is tall, large or small: its zeros are not ones, its 6 not a G")
    void readsVeryNarrowLettering() {
        for (String text : List.of("800602", "DP7160", "DB3043", "GD6G06", "0D0Q80")) {
            Mat plate = condensedPlate(text, new Font(Font.SANS_SERIF, Font.BOLD, 80), 14);
            Mat small = new Mat();
            Imgproc.resize(plate, small, new Size(), 0.5, 0.5, Imgproc.INTER_AREA);
            Imgproc.GaussianBlur(small, small, new Size(3, 3), 0.8);
            for (Mat drawn : List.of(plate, small)) {
                assertThat(new CharacterReader().readings(drawn)).as(text + " at " + drawn.cols() + " pixels wide")
                        .isNotEmpty().extracting(Reading::text).containsOnly(text);
            }
        }
    }

    /**
     * Plate lettering: every character drawn into a cell of the same width, {@code cell} pixels, where the typeface's
     * characters are 58 pixels tall.
     */
    private static Mat condensedPlate(String text, Font font, int cell) {
        return drawnPlate(g -> {
            g.setColor(new Color(30, 30, 30));
            FontRenderContext context = new FontRenderContext(null, true, true);
            for (int i = 0; i < text.length(); i++) {
                String character = text.substring(i, i + 1);
                double width = font.createGlyphVector(context, character).getVisualBounds().getWidth();
                Font squeezed = font.deriveFont(AffineTransform.getScaleInstance(Math.min(1, cell / width), 1));
                g.setFont(squeezed);
                Rectangle2D drawn = squeezed.createGlyphVector(context, character).getVisualBounds();
                g.drawString(character, (float) (70 + i * (cell + 8) + (cell - drawn.getWidth()) / 2 - drawn.getX()),
                        125f);
            }
        });
    }

    @Test
    @DisplayName("the shipped character model takes pictures, flags, bolts and blobs for no character, and so leaves them out")
    void classifierLeavesOutPictures() {
        CharacterClassifier classifier = new CharacterClassifier();
        Random random = new Random(43); // training draws from other seeds
        int leftOut = 0;
        for (int i = 0; i < 200; i++) {
            if (classifier.classify(NotACharacter.drawn(random)) == null) {
                leftOut++;
            }
        }
        assertThat(leftOut).as("of 200 pictures, left out").isGreaterThanOrEqualTo(160);
    }
}
