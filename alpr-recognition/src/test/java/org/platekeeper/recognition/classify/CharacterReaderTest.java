package org.platekeeper.recognition.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opencv.core.CvType;
import org.opencv.core.Mat;

import nu.pattern.OpenCV;

class CharacterReaderTest {

    static {
        OpenCV.loadLocally();
    }

    /** A row of shapes, each given as width, height, the character named and the classifier's certainty. */
    private static String kept(Object... shapes) {
        List<Mat> cut = new ArrayList<>();
        List<CharacterClassifier.Classification> named = new ArrayList<>();
        for (int i = 0; i < shapes.length; i += 4) {
            cut.add(Mat.ones((int) shapes[i + 1], (int) shapes[i], CvType.CV_8U));
            char character = (char) shapes[i + 2];
            named.add(character == '-' ? null
                    : new CharacterClassifier.Classification(character, (double) shapes[i + 3]));
        }
        StringBuilder text = new StringBuilder();
        CharacterReader.withoutPictures(cut, named).forEach(c -> text.append(c.character()));
        return text.toString();
    }

    @Test
    @DisplayName("an unsure shape of another height at either end of the row is a picture beside it and is left out")
    void leavesOutPicturesAtTheEnds() {
        assertThat(kept(30, 70, 'F', 0.1, 26, 60, 'K', 0.9, 26, 60, 'X', 0.9, 26, 60, '7', 0.9, 30, 52, '4', 0.0))
                .isEqualTo("KX7");
        assertThat(kept(30, 70, 'F', 0.6, 26, 60, 'K', 0.9, 26, 60, 'X', 0.9, 26, 60, '7', 0.9))
                .as("a sure one stays").isEqualTo("FKX7");
        assertThat(kept(26, 62, 'F', 0.2, 26, 60, 'K', 0.9, 26, 60, 'X', 0.9, 26, 60, '7', 0.9))
                .as("an unsure one of the row's height stays").isEqualTo("FKX7");
    }

    @Test
    @DisplayName("a shape at either end of the row that the classifier hardly knows is a picture, whatever its height")
    void leavesOutUnknownShapesAtTheEnds() {
        // Maryland's stacked MSC beside 0026, read as a W with little certainty
        assertThat(kept(34, 47, 'W', 0.09, 21, 50, '0', 0.9, 21, 50, '0', 0.9, 21, 51, '2', 0.9, 21, 50, '6', 0.9))
                .isEqualTo("0026");
        assertThat(kept(21, 50, '0', 0.9, 21, 50, '0', 0.9, 21, 51, '2', 0.9, 21, 50, '6', 0.9, 21, 50, 'L', 0.1))
                .isEqualTo("0026");
        assertThat(kept(21, 50, '0', 0.9, 21, 50, '0', 0.9, 21, 51, '2', 0.9, 21, 50, '6', 0.9, 21, 50, 'L', 0.2))
                .as("an unsure one of the row's height").isEqualTo("0026L");
    }

    @Test
    @DisplayName("a shape between characters that the classifier hardly knows and that is wider than they are is a picture")
    void leavesOutWideUnknownShapesBetweenCharacters() {
        // Oregon's tree between UVE and 567, a little wider than the characters and a little taller
        assertThat(kept(25, 57, 'U', 0.9, 26, 57, 'V', 0.9, 25, 57, 'E', 0.9, 33, 61, '9', 0.12, 25, 61, '5', 0.9,
                25, 57, '6', 0.9, 24, 57, '7', 0.9)).isEqualTo("UVE567");
        assertThat(kept(25, 57, 'U', 0.9, 26, 57, 'V', 0.9, 25, 57, 'E', 0.9, 33, 61, '9', 0.2, 25, 61, '5', 0.9,
                25, 57, '6', 0.9, 24, 57, '7', 0.9)).as("a less unsure one").isEqualTo("UVE9567");
    }

    @Test
    @DisplayName("an unsure shape between characters that is taller or wider than they are is a picture and is left out")
    void leavesOutPicturesBetweenCharacters() {
        assertThat(kept(26, 60, '6', 0.9, 26, 60, '1', 0.9, 26, 60, '5', 0.9, 40, 67, 'U', 0.0, 26, 60, 'K', 0.9,
                26, 60, 'P', 0.9)).isEqualTo("615KP");
        assertThat(kept(26, 60, 'D', 0.9, 26, 60, 'E', 0.9, 39, 60, 'L', 0.05, 26, 60, 'Y', 0.9, 26, 60, '2', 0.9))
                .isEqualTo("DEY2");
        assertThat(kept(26, 60, 'D', 0.9, 26, 60, 'E', 0.9, 26, 60, 'L', 0.05, 26, 60, 'Y', 0.9, 26, 60, '2', 0.9))
                .as("an unsure one shaped like the others stays").isEqualTo("DELY2");
        assertThat(kept(26, 60, 'D', 0.9, 26, 60, 'E', 0.9, 40, 67, 'W', 0.5, 26, 60, 'Y', 0.9, 26, 60, '2', 0.9))
                .as("a sure one stays").isEqualTo("DEWY2");
    }

    @Test
    @DisplayName("a wide shape between characters not surely a character is a picture, and takes its unsure neighbours")
    void picturesTakeTheirUnsureNeighbours() {
        // Wyoming's horse and rider, cut in two: a narrow unsure part and a wide part the classifier half takes for a K
        assertThat(kept(23, 53, '4', 0.9, 24, 57, 'Y', 0.15, 38, 57, 'K', 0.8, 23, 53, '3', 0.9, 23, 53, '9', 0.9,
                23, 53, 'C', 0.9)).isEqualTo("439C");
        assertThat(kept(23, 53, '4', 0.9, 24, 57, 'Y', 0.6, 38, 57, 'K', 0.8, 23, 53, '3', 0.9, 23, 53, '9', 0.9,
                23, 53, 'C', 0.9)).as("a sure neighbour stays").isEqualTo("4Y39C");
        assertThat(kept(23, 53, '4', 0.9, 38, 55, 'W', 0.8, 23, 53, '3', 0.9, 23, 53, '9', 0.9))
                .as("a wide W or M stays").isEqualTo("4W39");
    }
}
