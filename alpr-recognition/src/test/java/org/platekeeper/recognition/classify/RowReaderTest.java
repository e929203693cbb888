package org.platekeeper.recognition.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.io.IOException;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.imgproc.Imgproc;
import org.platekeeper.recognition.PlateRecognizerTest;
import org.platekeeper.recognition.vote.Reading;

import nu.pattern.OpenCV;

class RowReaderTest {

    private final RowReader reader = new RowReader();

    @BeforeAll
    static void loadOpenCv() {
        OpenCV.loadLocally();
    }

    private static Mat drawn(String text, int width) throws IOException {
        Mat plate = Imgcodecs.imdecode(new MatOfByte(PlateRecognizerTest.plate(text, Font.SANS_SERIF, 0, 0,
                new Random(4))), Imgcodecs.IMREAD_GRAYSCALE);
        Mat small = new Mat();
        Imgproc.resize(plate, small, new Size(width, width / 2.0), 0, 0, Imgproc.INTER_AREA);
        return small;
    }

    @Test
    @DisplayName("the model ships in the jar and reads a drawn plate's row whole, O as zero")
    void readsADrawnPlate() throws IOException {
        assertThat(reader.read(drawn("KX7H42", 300))).map(Reading::text).contains("KX7H42");
        assertThat(reader.read(drawn("PRO305", 300))).map(Reading::text).contains("PR0305");
    }

    @Test
    @DisplayName("reads a plate as small and blurred as a camera sees one 70 px wide")
    void readsASmallBlurredPlate() throws IOException {
        Mat plate = drawn("HRW5813", 70);
        Imgproc.GaussianBlur(plate, plate, new Size(0, 0), 0.8);
        assertThat(reader.read(plate)).map(Reading::text).contains("HRW5813");
    }

    @Test
    @DisplayName("reads nothing in a blank region, and its certainty of a plate it reads is high")
    void blankAndCertainty() throws IOException {
        assertThat(reader.read(new Mat(60, 120, CvType.CV_8UC1, new Scalar(200)))).isEmpty();
        assertThat(reader.read(drawn("KX7H42", 300))).map(Reading::confidence).hasValueSatisfying(
                confidence -> assertThat(confidence).isGreaterThan(80));
    }
}
