package org.platekeeper.recognition.locate;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.core.Rect;
import org.opencv.core.Size;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.imgproc.Imgproc;
import org.platekeeper.recognition.PlateRecognizerTest;

import nu.pattern.OpenCV;

class PlateLocatorTest {

    /** The shared plate data, where the project's checkout sits beside it. */
    private static final Path DATA = Path.of(System.getProperty("platekeeper.plates",
            Path.of("..", "..", "shared", "data", "plates").toString()));

    private final PlateLocator locator = new PlateLocator();

    @BeforeAll
    static void loadOpenCv() {
        OpenCV.loadLocally();
    }

    @Test
    @DisplayName("the model ships in the jar, loads and answers frames of any shape: nothing in a blank one")
    void modelLoadsAndRuns() {
        for (Size size : List.of(new Size(1280, 720), new Size(640, 480), new Size(1000, 1000), new Size(300, 200))) {
            Mat blank = new Mat(size, CvType.CV_8UC1, new Scalar(128));
            assertThat(locator.proposals(blank, 5)).as("a blank %s frame", size).isEmpty();
        }
    }

    @Test
    @DisplayName("finds a plate composed into a drawn street at a known box (IoU at least 0.5), with a sign beside it")
    void findsComposedPlate() throws IOException {
        Mat street = drawnStreet(new Random(3));
        Rect plate = new Rect(700, 470, 110, 55);
        paste(street, plate, "KX7H42");

        List<PlateLocator.Proposal> found = locator.proposals(street, 5);

        assertThat(found).isNotEmpty();
        assertThat(iou(found.get(0).box(), plate)).as("the strongest proposal's overlap with the plate")
                .isGreaterThan(0.5);
    }

    @Test
    @DisplayName("finds nothing in a street scene without a plate: signs, windows and lettering are not plates")
    void findsNothingInEmptyStreet() {
        assertThat(locator.proposals(drawnStreet(new Random(3)), 5)).isEmpty();
    }

    @Test
    @DisplayName("finds plates pasted into real street photos kept out of its training, at camera sizes (60 to 140 px)")
    void findsPlatesInValidationBackgrounds() throws IOException {
        Path negatives = DATA.resolve("street-negatives");
        Assumptions.assumeTrue(Files.isDirectory(negatives), "the shared street photos are not beside the checkout");
        List<Path> validation;
        try (Stream<Path> files = Files.list(negatives)) {
            List<Path> sorted = files.filter(f -> f.toString().endsWith(".jpg") || f.toString().endsWith(".png"))
                    .sorted().toList();
            // every fourth in name order, from the first: the part scripts/plate_scenes.py keeps out of training
            validation = IntStream.range(0, sorted.size()).filter(i -> i % 4 == 0)
                    .mapToObj(sorted::get).limit(40).toList();
        }
        Random random = new Random(11);
        int found = 0;
        int empty = 0;
        for (Path picture : validation) {
            Mat background = Imgcodecs.imread(picture.toString(), Imgcodecs.IMREAD_GRAYSCALE);
            Mat frame = new Mat();
            Imgproc.resize(background, frame, new Size(1280, 720));
            empty += locator.proposals(frame, 5).isEmpty() ? 1 : 0;
            int width = 60 + random.nextInt(81);
            Rect plate = new Rect(100 + random.nextInt(1000), 250 + random.nextInt(380), width, width / 2);
            paste(frame, plate, "PRT305");
            found += locator.proposals(frame, 3).stream().anyMatch(p -> iou(p.box(), plate) >= 0.5) ? 1 : 0;
        }
        assertThat(found).as("plates found among %d photos", validation.size())
                .isGreaterThanOrEqualTo(validation.size() * 9 / 10);
        assertThat(empty).as("photos with no proposal before the plate was pasted")
                .isGreaterThanOrEqualTo(validation.size() * 4 / 10);
    }

    /** A 1280x720 grey street: sky, buildings with windows, a shop sign with lettering, a road, a car's rear. */
    static Mat drawnStreet(Random random) {
        BufferedImage street = new BufferedImage(1280, 720, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = street.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(200, 200, 200));
        g.fillRect(0, 0, 1280, 720);
        for (int x = 0; x < 1280; x += 160 + random.nextInt(60)) {
            int top = 40 + random.nextInt(120);
            g.setColor(new Color(90 + random.nextInt(60), 90 + random.nextInt(60), 90 + random.nextInt(60)));
            g.fillRect(x, top, 150, 400 - top);
            g.setColor(new Color(40, 40, 50));
            for (int y = top + 20; y < 380; y += 45) {
                for (int w = x + 15; w < x + 135; w += 40) {
                    g.fillRect(w, y, 25, 28);
                }
            }
        }
        g.setColor(new Color(60, 60, 60));
        g.fillRect(0, 400, 1280, 320);
        g.setColor(new Color(250, 250, 250));
        g.fillRect(120, 300, 380, 60);
        g.setColor(new Color(20, 20, 20));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 40));
        g.drawString("PHARMACY 24H", 130, 345);
        g.setColor(new Color(140, 30, 30));
        g.fillRect(560, 380, 400, 240);
        g.dispose();
        Mat grey = new Mat(720, 1280, CvType.CV_8UC1);
        grey.put(0, 0, ((DataBufferByte) street.getRaster().getDataBuffer()).getData());
        return grey;
    }

    /** A drawn plate crop (border, state name, characters) scaled into the box. */
    static void paste(Mat frame, Rect box, String text) throws IOException {
        BufferedImage drawn = ImageIO.read(new ByteArrayInputStream(
                PlateRecognizerTest.plate(text, Font.SANS_SERIF, 0, 0, new Random(5))));
        BufferedImage grey = new BufferedImage(drawn.getWidth(), drawn.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        grey.getGraphics().drawImage(drawn, 0, 0, null);
        Mat plate = new Mat(grey.getHeight(), grey.getWidth(), CvType.CV_8UC1);
        plate.put(0, 0, ((DataBufferByte) grey.getRaster().getDataBuffer()).getData());
        Imgproc.resize(plate, frame.submat(box), box.size(), 0, 0, Imgproc.INTER_AREA);
    }

    static double iou(Rect a, Rect b) {
        double width = Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x));
        double height = Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));
        double overlap = width * height;
        return overlap / (a.area() + b.area() - overlap);
    }
}
