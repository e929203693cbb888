package org.platekeeper.recognition.classify;

import java.util.Optional;

import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.Size;
import org.opencv.dnn.Dnn;
import org.opencv.dnn.Net;
import org.opencv.imgproc.Imgproc;
import org.platekeeper.recognition.OnnxModels;
import org.platekeeper.recognition.vote.Reading;

/**
 * Reads a plate's whole row of characters at once, without cutting it: a small convolutional network (run by OpenCV's
 * dnn module, trained with CTC by {@code scripts/train-reader.sh} on plates put in street photos and degraded as a
 * camera degrades them) names a character or none in each of {@value #COLUMNS_OUT} columns of the plate scaled to
 * {@value #ROWS} x {@value #COLUMNS}, and the likeliest class of each column, repeats merged and blanks dropped, is
 * the text. It errs where the cutter does not (characters run into a frame or a picture, small and blurred plates)
 * and the other way round, so its reading votes beside theirs. Not thread-safe; one per thread.
 */
public final class RowReader {

    /** The network's input, in pixels: a plate of any shape is scaled to it. */
    static final int ROWS = 40;
    static final int COLUMNS = 128;
    /** The columns it answers for: a quarter of its input's. */
    static final int COLUMNS_OUT = 32;
    /** Its classes after the blank: the character classifier's (O is read as zero). */
    static final String CLASSES = CharacterClassifier.CLASSES;
    static final String MODEL = "row-reader.onnx";

    private final Net network = Dnn.readNetFromONNX(Model.BYTES);
    private final float[] chances = new float[(CLASSES.length() + 1) * COLUMNS_OUT];

    /**
     * The row's text and how sure the network is of it, 0 to 100 (the mean chance of its characters); empty when it
     * reads fewer than two characters.
     */
    public Optional<Reading> read(Mat grey) {
        Mat row = new Mat();
        Imgproc.resize(grey, row, new Size(COLUMNS, ROWS), 0, 0,
                grey.rows() > ROWS ? Imgproc.INTER_AREA : Imgproc.INTER_LINEAR);
        network.setInput(Dnn.blobFromImage(row, 1.0 / 255));
        network.forward().reshape(1, 1).get(0, 0, chances);
        StringBuilder text = new StringBuilder();
        double sure = 0;
        int previous = 0;
        for (int column = 0; column < COLUMNS_OUT; column++) {
            int best = 0;
            for (int c = 1; c <= CLASSES.length(); c++) {
                if (chance(c, column) > chance(best, column)) {
                    best = c;
                }
            }
            if (best != 0 && best != previous) {
                text.append(CLASSES.charAt(best - 1));
                sure += chance(best, column);
            }
            previous = best;
        }
        return text.length() < 2 ? Optional.empty()
                : Optional.of(new Reading(text.toString(), (int) Math.round(100 * sure / text.length())));
    }

    private float chance(int c, int column) {
        return chances[c * COLUMNS_OUT + column];
    }

    /** The model's bytes, read from the jar once per process. */
    private static final class Model {
        static final MatOfByte BYTES = OnnxModels.read(RowReader.class, MODEL);
    }
}
