package org.platekeeper.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PlateCandidateTest {

    private static PlateCandidate at(int x, int y, int width, int height) {
        return new PlateCandidate("TEXT", 80, null, List.of(new double[] {x, y}, new double[] {x + width, y},
                new double[] {x + width, y + height}, new double[] {x, y + height}));
    }

    @Test
    @DisplayName("a line of small print just above or below a plate and within its width is printed on that plate")
    void stateNameIsPrintedOnThePlate() {
        PlateCandidate plate = at(540, 460, 200, 60);

        assertThat(at(604, 431, 86, 24).printedOn(plate)).as("state name above").isTrue();
        assertThat(at(560, 525, 150, 20).printedOn(plate)).as("slogan below").isTrue();
        assertThat(plate.printedOn(at(604, 431, 86, 24))).as("the plate on its state name").isFalse();
    }

    @Test
    @DisplayName("another car's plate, beside, far below or as tall, is not print on the first one")
    void otherPlatesAreNotPrintedOnIt() {
        PlateCandidate plate = at(540, 460, 200, 60);

        assertThat(at(900, 470, 100, 25).printedOn(plate)).as("beside").isFalse();
        assertThat(at(600, 600, 80, 25).printedOn(plate)).as("far below").isFalse();
        assertThat(at(560, 400, 180, 55).printedOn(plate)).as("as tall").isFalse();
        assertThat(plate.printedOn(plate)).as("itself").isFalse();
    }
}
