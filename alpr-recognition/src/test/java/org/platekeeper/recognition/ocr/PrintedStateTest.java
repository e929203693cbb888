package org.platekeeper.recognition.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opencv.core.CvType;
import org.opencv.core.Mat;

import nu.pattern.OpenCV;

class PrintedStateTest {

    @BeforeAll
    static void loadOpenCv() {
        OpenCV.loadLocally();
    }

    @Test
    @DisplayName("in a scene the strip above the characters is read for a state only when small print stands in it")
    void smallPrintAboveTheCharacters() {
        assertThat(PrintedState.holdsSmallPrint(strip(g -> {
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 22));
            g.drawString("OKLAHOMA", 90, 32);
        }))).isTrue();
        assertThat(PrintedState.holdsSmallPrint(strip(g -> {
            // the tops of a European plate's characters, cut by the strip's bottom edge
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 120));
            g.drawString("AB123", 20, 120);
        }))).isFalse();
        assertThat(PrintedState.holdsSmallPrint(strip(g -> { }))).as("a blank strip").isFalse();
    }

    /** A 40-pixel strip from above a plate's characters, dark print on white. */
    private static Mat strip(Consumer<Graphics2D> drawing) {
        BufferedImage image = new BufferedImage(400, 40, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 40);
        g.setColor(new Color(30, 30, 30));
        drawing.accept(g);
        g.dispose();
        Mat grey = new Mat(40, 400, CvType.CV_8U);
        grey.put(0, 0, ((DataBufferByte) image.getRaster().getDataBuffer()).getData());
        return grey;
    }
}
