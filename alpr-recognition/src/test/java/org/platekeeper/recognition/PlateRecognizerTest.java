package org.platekeeper.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

public class PlateRecognizerTest {

    private static final String ALPHABET = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
    private final PlateRecognizer recognizer = new PlateRecognizer();

    /** A plate crop drawn here: border, state name on top, the characters, some tilt, blur and noise. */
    public static byte[] plate(String text, String font, double degrees, int noise, Random random) throws IOException {
        BufferedImage image = new BufferedImage(300, 150, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(235, 235, 228));
        g.fillRect(0, 0, 300, 150);
        g.setTransform(AffineTransform.getRotateInstance(Math.toRadians(degrees), 150, 75));
        g.setColor(new Color(30, 50, 110));
        g.setStroke(new BasicStroke(5));
        g.drawRoundRect(8, 8, 284, 134, 14, 14);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString("MISSOURI", 112, 34);
        g.setColor(new Color(20, 20, 20));
        g.setFont(new Font(font, Font.BOLD, 48));
        int width = g.getFontMetrics().stringWidth(text);
        g.drawString(text, 150 - width / 2, 105);
        g.dispose();
        for (int i = 0; i < noise; i++) {
            int x = random.nextInt(300);
            int y = random.nextInt(150);
            int v = random.nextInt(256);
            image.setRGB(x, y, new Color(v, v, v).getRGB());
        }
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", jpeg);
        return jpeg.toByteArray();
    }

    @Test
    @DisplayName("reads generated plates in several fonts, tilts and noise levels, at least two thirds of them exactly")
    void readsGeneratedPlates() throws IOException {
        Random random = new Random(20261123);
        String[] fonts = {Font.SANS_SERIF, Font.MONOSPACED, Font.SERIF};
        int exact = 0;
        int total = 0;
        List<String> misses = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            StringBuilder text = new StringBuilder();
            for (int c = 0; c < 6 + random.nextInt(2); c++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            byte[] image = plate(text.toString(), fonts[i % fonts.length], random.nextDouble() * 6 - 3,
                    random.nextInt(400), random);
            Recognition result = recognizer.recognize(image);
            total++;
            String best = result.found() ? result.candidates().get(0).plate() : "";
            if (best.equals(text.toString())) {
                exact++;
            } else {
                misses.add(text + "->" + best);
            }
        }
        assertThat(exact * 100 / total).as("exact reads; misses: " + misses).isGreaterThanOrEqualTo(66);
    }

    @Test
    @DisplayName("finds the outline of a tilted plate, reports its tilted corners and reads it")
    void findsOutlineOfTiltedPlate() throws IOException {
        byte[] picture = turnedPlate(400, 200, g -> g.fillRect(0, 0, 400, 200), 80, 40, 6);

        Recognition result = recognizer.recognize(picture);

        assertThat(result.candidates()).extracting(PlateCandidate::plate).first().isEqualTo("KX7H42");
        List<double[]> corners = result.candidates().get(0).corners();
        double topSlope = (corners.get(1)[1] - corners.get(0)[1]) / (corners.get(1)[0] - corners.get(0)[0]);
        double bottomSlope = (corners.get(2)[1] - corners.get(3)[1]) / (corners.get(2)[0] - corners.get(3)[0]);
        // turned 6 degrees clockwise, the plate's top and bottom slope by tan(6°) ≈ 0.105
        assertThat(topSlope).isBetween(0.08, 0.13);
        assertThat(bottomSlope).isBetween(0.08, 0.13);
        // and its top left corner is where the turn puts it, about (87, 35)
        assertThat(corners.get(0)[0]).isBetween(77.0, 97.0);
        assertThat(corners.get(0)[1]).isBetween(25.0, 45.0);

        // the plate picture a read keeps is the plate warped upright: as wide and high as the plate, and its outline
        // no longer slopes
        byte[] cutOut = recognizer.recognizeWithPlateImage(picture).plateImage();
        BufferedImage upright = ImageIO.read(new java.io.ByteArrayInputStream(cutOut));
        assertThat(upright.getWidth()).isBetween(250, 275);
        assertThat(upright.getHeight()).as("not the 144 pixels of the tilted plate's upright box").isBetween(122, 136);
        PlateCandidate again = recognizer.recognize(cutOut).candidates().get(0);
        assertThat(again.plate()).isEqualTo("KX7H42");
        assertThat(Math.abs(again.corners().get(1)[1] - again.corners().get(0)[1])).as("rise of the top edge")
                .isLessThan(4.0);
    }

    @Test
    @DisplayName("finds a tilted plate in a scene: its outline does not hide the row of characters inside it")
    void findsTiltedPlateInScene() throws IOException {
        byte[] scene = turnedPlate(1280, 720, g -> g.fillRect(300, 200, 680, 420), 520, 420, 4);

        assertThat(recognizer.recognize(scene).candidates()).extracting(PlateCandidate::plate).first()
                .isEqualTo("KX7H42");
    }

    /**
     * A grey picture with a red car drawn in it and a 240x120 plate KX7H42 turned clockwise about its centre, as JPEG.
     */
    private static byte[] turnedPlate(int width, int height, Consumer<Graphics2D> car, int plateX,
            int plateY, double degrees) throws IOException {
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setColor(new Color(90, 90, 95));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(160, 30, 30));
        car.accept(g);
        BufferedImage plate = ImageIO.read(new java.io.ByteArrayInputStream(plate("KX7H42", Font.SANS_SERIF, 0, 0,
                new Random(8))));
        g.rotate(Math.toRadians(degrees), plateX + 120, plateY + 60);
        g.drawImage(plate, plateX, plateY, 240, 120, null);
        g.dispose();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(picture, "jpg", jpeg);
        return jpeg.toByteArray();
    }

    @Test
    @DisplayName("names the state printed above the characters")
    void readsTheState() throws IOException {
        Recognition result = recognizer.recognize(plate("KX7H42", Font.SANS_SERIF, 0, 0, new Random(7)));
        assertThat(result.candidates()).isNotEmpty();
        assertThat(result.candidates().get(0).state()).isEqualTo("MO");
    }

    @Test
    @DisplayName("a picture without a plate yields no candidate rather than noise, and bytes that are not an image are refused")
    void noPlate() throws IOException {
        BufferedImage sky = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sky.createGraphics();
        g.setColor(new Color(120, 170, 230));
        g.fillRect(0, 0, 640, 480);
        g.dispose();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(sky, "jpg", jpeg);
        assertThat(recognizer.recognize(jpeg.toByteArray()).found()).isFalse();
        assertThatThrownBy(() -> recognizer.recognize("not an image".getBytes()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("a bold W or M, as wide as two digits touching, is read as one letter, not cut in two")
    void wideLettersStayWhole() throws IOException {
        Random random = new Random(3);
        for (String text : new String[] {"HRW5813", "KWV3918", "MW369"}) {
            Recognition result = recognizer.recognize(plate(text, Font.SANS_SERIF, 0, 0, random));
            assertThat(result.candidates()).extracting(PlateCandidate::plate).first().isEqualTo(text);
        }
    }

    @Test
    @DisplayName("finds a plate in a larger scene and reports where it is")
    void findsPlateInScene() throws IOException {
        Recognition result = recognizer.recognize(scene(new Random(1), "KX7H42M"));
        assertThat(result.candidates()).extracting(PlateCandidate::plate).contains("KX7H42M");
        PlateCandidate found = result.candidates().stream().filter(c -> c.plate().equals("KX7H42M")).findFirst()
                .orElseThrow();
        assertThat(found.corners().get(0)[0]).isBetween(450.0, 560.0);
        assertThat(found.corners().get(0)[1]).isBetween(380.0, 460.0);
        assertThat(found.state()).as("the state printed above the characters").isEqualTo("MO");
    }

    @Test
    @DisplayName("reads both plates of a scene with two cars: sparing Tesseract the weak regions keeps every real plate")
    void readsTwoPlatesInScene() throws IOException {
        Recognition result = recognizer.recognize(scene(new Random(2), "KX7H42M", "PRT3058"));
        assertThat(result.candidates()).extracting(PlateCandidate::plate).contains("KX7H42M", "PRT3058");
    }

    /** A 1280x720 frame with one car per plate, side by side, each plate drawn as {@link #plate} draws crops. */
    private static byte[] scene(Random random, String... plates) throws IOException {
        BufferedImage scene = new BufferedImage(1280, 720, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scene.createGraphics();
        g.setColor(new Color(90, 90, 95));
        g.fillRect(0, 0, 1280, 720);
        int slot = 1280 / plates.length;
        for (int i = 0; i < plates.length; i++) {
            int centre = slot * i + slot / 2;
            g.setColor(new Color(160, 30 + 60 * i, 30));
            g.fillRect(centre - Math.min(340, slot / 2 - 20), 200, 2 * Math.min(340, slot / 2 - 20), 420);
            BufferedImage plate = ImageIO.read(new java.io.ByteArrayInputStream(plate(plates[i], Font.SANS_SERIF, 0,
                    0, random)));
            g.drawImage(plate, centre - 120, 420, 240, 120, null);
        }
        g.dispose();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(scene, "jpg", jpeg);
        return jpeg.toByteArray();
    }

    @Test
    @DisplayName("a small photo of a car's rear, shaped like a plate crop, is read as a scene: the plate is found in it")
    void smallPhotoShapedLikeACrop() throws IOException {
        java.nio.file.Path photo = java.nio.file.Path.of("..", "..", "shared", "data", "plates", "eu-scenes",
                "test_074.jpg");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isRegularFile(photo),
                "the shared plate photos are not beside the checkout");
        // 545 x 298, the plate at (160, 211), 104 x 24
        PlateCandidate best = recognizer.recognize(java.nio.file.Files.readAllBytes(photo)).candidates().get(0);
        assertThat(best.box().width()).as("the plate, not the whole photo").isBetween(80, 140);
        assertThat(best.box().x()).isBetween(140, 180);
        assertThat(best.box().y()).isBetween(195, 225);
    }
}
