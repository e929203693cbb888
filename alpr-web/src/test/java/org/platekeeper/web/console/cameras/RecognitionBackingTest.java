package org.platekeeper.web.console.cameras;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.platekeeper.reads.application.RecognitionTrial;

class RecognitionBackingTest {

    @Test
    @DisplayName("the trial's picture outlines the plate read in green and the locator's other proposal in blue")
    void outlinesPlatesAndProposals() throws IOException {
        BufferedImage grey = new BufferedImage(640, 360, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = grey.createGraphics();
        g.setColor(Color.GRAY);
        g.fillRect(0, 0, 640, 360);
        g.dispose();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(grey, "jpg", jpeg);
        RecognitionTrial.Result result = new RecognitionTrial.Result(
                List.of(new RecognitionTrial.Found("KX7H42", 90, null, 100, 200, 120, 60)),
                List.of(new RecognitionTrial.Proposed(0.9, 100, 200, 120, 60),
                        new RecognitionTrial.Proposed(0.4, 400, 100, 100, 50)), 40);

        String outlined = RecognitionBacking.outline(jpeg.toByteArray(), result);

        BufferedImage drawn = ImageIO.read(new ByteArrayInputStream(
                Base64.getDecoder().decode(outlined.substring("data:image/jpeg;base64,".length()))));
        Color plate = new Color(drawn.getRGB(160, 200));
        Color proposal = new Color(drawn.getRGB(402, 100)); // on the first dash of its top edge
        assertThat(plate.getGreen()).as("the plate read, on top").isGreaterThan(plate.getRed() + 60);
        assertThat(proposal.getBlue()).as("the proposal not read").isGreaterThan(proposal.getRed() + 60);
    }
}
