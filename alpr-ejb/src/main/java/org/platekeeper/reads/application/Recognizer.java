package org.platekeeper.reads.application;

import jakarta.enterprise.context.ApplicationScoped;

import org.platekeeper.recognition.PlateRecognizer;

/**
 * The server's plate recogniser, created on first use: loading OpenCV's native library and Tesseract's model takes
 * a moment that a server whose cameras all recognise plates themselves never needs to spend.
 */
@ApplicationScoped
public class Recognizer {

    private volatile PlateRecognizer recognizer;

    public PlateRecognizer get() {
        PlateRecognizer current = recognizer;
        if (current == null) {
            synchronized (this) {
                if (recognizer == null) {
                    recognizer = new PlateRecognizer();
                }
                current = recognizer;
            }
        }
        return current;
    }
}
