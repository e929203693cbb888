package org.platekeeper.reads.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.platekeeper.recognition.PlateRecognizer;

/**
 * The server's plate recogniser, created on first use: loading OpenCV's native library and Tesseract's model takes
 * a moment that a server whose cameras all recognise plates themselves never needs to spend.
 */
@ApplicationScoped
public class Recognizer {

    private volatile PlateRecognizer recognizer;

    /** Pictures of more pixels are refused from their header, before they are decoded. */
    @Inject
    @ConfigProperty(name = "ALPR_MAX_IMAGE_PIXELS", defaultValue = "40000000")
    long maxPixels;

    public PlateRecognizer get() {
        PlateRecognizer current = recognizer;
        if (current == null) {
            synchronized (this) {
                if (recognizer == null) {
                    recognizer = new PlateRecognizer(maxPixels);
                }
                current = recognizer;
            }
        }
        return current;
    }
}
