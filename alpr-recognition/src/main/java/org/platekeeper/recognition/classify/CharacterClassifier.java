package org.platekeeper.recognition.classify;

import java.util.List;
import java.util.stream.IntStream;

import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.dnn.Dnn;
import org.opencv.dnn.Net;
import org.platekeeper.recognition.OnnxModels;

/**
 * Names the character a mask of ink shows, with small convolutional networks (run by OpenCV's dnn module) trained on
 * plate-like characters that {@code training.CharacterTraining} draws (a source set of its own, not in the jar);
 * {@code scripts/train-characters.sh} produces the models, which ship in the jar (nothing is fetched at run time).
 * The letter O is not a class: US plates print the digit zero, and the two look alike. Not thread-safe; one per thread.
 */
public final class CharacterClassifier {

    /** The classes, in the order of the networks' outputs. */
    public static final String CLASSES = "0123456789ABCDEFGHIJKLMNPQRSTUVWXYZ";
    /** One output per class and a last one for shapes that are not characters: pictures, flags, stickers, bolts. */
    public static final int OUTPUTS = CLASSES.length() + 1;
    /**
     * Networks trained apart, each on its own draw of characters, whose chances are averaged: one network's reading
     * of real plates swings by a few points with its draw, two agree better with the plates than either alone.
     */
    public static final int ENSEMBLE = 2;

    private final List<Net> networks = Models.BYTES.stream().map(Dnn::readNetFromONNX).toList();
    private final float[] scores = new float[OUTPUTS];

    /**
     * The character and how sure the networks are of it, 0 to 1; null when the mask holds no ink or the networks
     * take it for something that is not a character.
     */
    public Classification classify(Mat ink) {
        Mat square = CharacterShape.square(ink);
        if (square.empty()) {
            return null;
        }
        Mat blob = Dnn.blobFromImage(square, 1.0 / 255);
        double[] chances = new double[OUTPUTS];
        for (Net network : networks) {
            network.setInput(blob);
            network.forward().get(0, 0, scores);
            double[] own = softmax(scores);
            for (int i = 0; i < OUTPUTS; i++) {
                chances[i] += own[i] / networks.size();
            }
        }
        int best = 0;
        for (int i = 1; i < chances.length; i++) {
            if (chances[i] > chances[best]) {
                best = i;
            }
        }
        if (best == CLASSES.length()) {
            return null;
        }
        double second = 0;
        for (int i = 0; i < chances.length; i++) {
            if (i != best) {
                second = Math.max(second, chances[i]);
            }
        }
        // a close second class makes a character less certain than its own chance alone says
        double certainty = chances[best] * Math.min(1, chances[best] - second + 0.5);
        return new Classification(CLASSES.charAt(best), certainty);
    }

    private static double[] softmax(float[] scores) {
        double max = Double.NEGATIVE_INFINITY;
        for (float score : scores) {
            max = Math.max(max, score);
        }
        double[] chances = new double[scores.length];
        double sum = 0;
        for (int i = 0; i < scores.length; i++) {
            chances[i] = Math.exp(scores[i] - max);
            sum += chances[i];
        }
        for (int i = 0; i < chances.length; i++) {
            chances[i] /= sum;
        }
        return chances;
    }

    public record Classification(char character, double certainty) {
    }

    public static String model(int member) {
        return "characters-" + member + ".onnx";
    }

    /** The models' bytes, read from the jar once per process. */
    private static final class Models {
        static final List<MatOfByte> BYTES = IntStream.range(0, ENSEMBLE)
                .mapToObj(member -> OnnxModels.read(CharacterClassifier.class, model(member))).toList();
    }
}
