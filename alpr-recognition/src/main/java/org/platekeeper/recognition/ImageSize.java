package org.platekeeper.recognition;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * A picture's width and height as its header gives them, read before any pixel is decoded: an 8000×8000 JPEG of a
 * few hundred kilobytes would otherwise take a quarter of a gigabyte to decode.
 */
public record ImageSize(int width, int height) {

    public long pixels() {
        return (long) width * height;
    }

    /** The size of a JPEG or PNG; empty when no reader of the JDK recognises the bytes. */
    public static Optional<ImageSize> of(byte[] image) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
            if (in == null) {
                return Optional.empty();
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return Optional.of(new ImageSize(reader.getWidth(0), reader.getHeight(0)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadableHeader) {
            return Optional.empty();
        }
    }
}
