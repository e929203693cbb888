package org.platekeeper.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ImageSizeTest {

    private static byte[] jpeg(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "jpg", out);
        return out.toByteArray();
    }

    /** A small JPEG whose frame header claims another size, as a hostile upload would. */
    static byte[] claiming(int width, int height) throws IOException {
        byte[] jpeg = jpeg(16, 16);
        for (int i = 2; i + 8 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xC0) {
                jpeg[i + 5] = (byte) (height >> 8);
                jpeg[i + 6] = (byte) height;
                jpeg[i + 7] = (byte) (width >> 8);
                jpeg[i + 8] = (byte) width;
                return jpeg;
            }
        }
        throw new IllegalStateException("no baseline frame header");
    }

    @Test
    @DisplayName("a picture's size is read from its header, and bytes no reader knows have none")
    void fromTheHeader() throws IOException {
        assertThat(ImageSize.of(jpeg(120, 40))).contains(new ImageSize(120, 40));
        assertThat(ImageSize.of(claiming(8000, 8000))).contains(new ImageSize(8000, 8000));
        assertThat(ImageSize.of("not a picture".getBytes())).isEmpty();
        assertThat(new ImageSize(8000, 8000).pixels()).isEqualTo(64_000_000L);
    }

    @Test
    @DisplayName("PC-A1 the recogniser refuses a picture of more pixels than it decodes from its header, before decoding it")
    void tooManyPixelsRefused() throws IOException {
        byte[] huge = claiming(8000, 8000);
        assertThatThrownBy(() -> new PlateRecognizer().recognize(huge)).isInstanceOf(PictureTooLargeException.class)
                .hasMessageContaining("8000×8000").hasMessageContaining("ALPR_MAX_IMAGE_PIXELS");
        assertThatThrownBy(() -> new PlateRecognizer(100).recognize(jpeg(16, 16)))
                .as("a lower cap").isInstanceOf(PictureTooLargeException.class);
        assertThat(new PlateRecognizer(1_000).recognize(jpeg(16, 16)).found()).as("within the cap").isFalse();
    }
}
