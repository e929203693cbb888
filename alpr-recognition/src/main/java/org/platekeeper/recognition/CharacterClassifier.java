package org.platekeeper.recognition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.ml.ANN_MLP;

/**
 * Names the character a mask of ink shows, with a neural network trained on plate-like characters rendered by
 * {@code training.CharacterTraining} (the model ships in the jar; nothing is fetched at run time). The letter O is
 * not a class: US plates print the digit zero, and the two look alike. Not thread-safe; one per thread.
 */
final class CharacterClassifier {

    /** The classes, in the order of the network's outputs. */
    static final String CLASSES = "0123456789ABCDEFGHIJKLMNPQRSTUVWXYZ";
    /** One output per class and a last one for shapes that are not characters: pictures, flags, stickers, bolts. */
    static final int OUTPUTS = CLASSES.length() + 1;
    /** Networks trained apart on different draws of characters; their votes are summed. */
    static final int ENSEMBLE = 3;

    private final List<ANN_MLP> networks = new ArrayList<>();

    CharacterClassifier() {
        for (Path file : Unpacked.MODELS) {
            ANN_MLP network = ANN_MLP.load(file.toString());
            if (network.empty() || !network.isTrained()) {
                throw new IllegalStateException("the character model " + file + " could not be loaded");
            }
            networks.add(network);
        }
    }

    static String model(int member) {
        return "characters-" + member + ".yml.gz";
    }

    /**
     * The character and how sure the network is of it, 0 to 1; null when the mask holds no ink or the networks take
     * it for something that is not a character.
     */
    Classification classify(Mat ink) {
        Mat features = CharacterShape.features(ink);
        if (features.empty()) {
            return null;
        }
        Mat outputs = Mat.zeros(1, OUTPUTS, CvType.CV_32F);
        for (ANN_MLP network : networks) {
            Mat output = new Mat();
            network.predict(features, output);
            Core.add(outputs, output, outputs);
        }
        Core.multiply(outputs, Scalar.all(1.0 / networks.size()), outputs);
        Core.MinMaxLocResult best = Core.minMaxLoc(outputs);
        if ((int) best.maxLoc.x == CLASSES.length()) {
            return null;
        }
        float[] scores = new float[OUTPUTS];
        outputs.get(0, 0, scores);
        double second = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < scores.length; i++) {
            if (i != (int) best.maxLoc.x) {
                second = Math.max(second, scores[i]);
            }
        }
        double certainty = Math.max(0, Math.min(1, best.maxVal)) * Math.max(0, Math.min(1, best.maxVal - second + 0.5));
        return new Classification(CLASSES.charAt((int) best.maxLoc.x), certainty);
    }

    record Classification(char character, double certainty) {
    }

    /** OpenCV reads models from files only, so the models are copied out of the jar once per process. */
    private static final class Unpacked {
        static final List<Path> MODELS = java.util.stream.IntStream.range(0, ENSEMBLE)
                .mapToObj(member -> copy(model(member))).toList();

        private static Path copy(String name) {
            try (InputStream model = CharacterClassifier.class.getResourceAsStream(name)) {
                if (model == null) {
                    throw new IllegalStateException("the character model " + name + " is missing from the jar");
                }
                Path file = Files.createTempFile("platekeeper-characters", ".yml.gz");
                file.toFile().deleteOnExit();
                Files.copy(model, file, StandardCopyOption.REPLACE_EXISTING);
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
