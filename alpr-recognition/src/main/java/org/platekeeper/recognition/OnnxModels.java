package org.platekeeper.recognition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.opencv.core.MatOfByte;

/** The networks the recogniser runs ship in its jar as ONNX files beside the classes that run them. */
public final class OnnxModels {

    private OnnxModels() {
    }

    /** A model's bytes, for OpenCV's {@code Dnn.readNetFromONNX}; read once per process by the caller. */
    public static MatOfByte read(Class<?> owner, String name) {
        try (InputStream model = owner.getResourceAsStream(name)) {
            if (model == null) {
                throw new IllegalStateException("the model " + name + " is missing from the jar");
            }
            return new MatOfByte(model.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
