package org.platekeeper.recognition.locate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.dnn.Dnn;
import org.opencv.dnn.Net;
import org.opencv.imgproc.Imgproc;
import org.platekeeper.recognition.OnnxModels;

/**
 * Finds plates in a camera frame with a small convolutional network (run by OpenCV's dnn module) that
 * {@code scripts/train-locator.sh} trains on street scenes with plates composed into them and on real scenes: it
 * sees the frame in grey at {@value #INPUT_WIDTH} px wide and answers, at every {@value #STRIDE}th pixel, how likely
 * a plate's centre lies there and how large that plate is. Each local peak of that heat map strong enough is a
 * proposal. Not thread-safe; one per thread.
 */
public final class PlateLocator {

    /** The width the network sees a frame at: a 1280 px frame's 60 px plate is 30 px there, still well formed. */
    static final int INPUT_WIDTH = 640;
    /** The network answers once per this many of its input pixels. */
    static final int STRIDE = 8;
    /** Its input's sides are a multiple of this (it downsamples four times and upsamples once). */
    private static final int ALIGN = 16;
    /**
     * Peaks weaker than this are not proposed. On the validation photos of br-scenes and eu-scenes the true plate's
     * peak is above 0.55 in 95% of them, while half of the plate-free street photos peak below 0.3 (signs and shop
     * lettering above it are left to the reader to refuse); 0.2 or 0.4 located no more plates on the validation sets.
     */
    static final double MIN_HEAT = 0.3;
    static final String MODEL = "locator.onnx";

    private final Net network = Dnn.readNetFromONNX(Model.BYTES);

    /** The frame's most likely plates, strongest first, at most {@code max}, as boxes in the frame's pixels. */
    public List<Proposal> proposals(Mat grey, int max) {
        double scale = (double) INPUT_WIDTH / grey.cols();
        int rows = (int) Math.round(grey.rows() * scale);
        Mat input = new Mat(ceil(rows), INPUT_WIDTH, CvType.CV_8UC1, Scalar.all(0));
        Imgproc.resize(grey, input.submat(0, rows, 0, INPUT_WIDTH), new Size(INPUT_WIDTH, rows), 0, 0,
                scale < 1 ? Imgproc.INTER_AREA : Imgproc.INTER_LINEAR);
        network.setInput(Dnn.blobFromImage(input, 1.0 / 255));
        Mat answer = network.forward();
        int cellRows = answer.size(2);
        int cellCols = answer.size(3);
        float[] cells = new float[5 * cellRows * cellCols];
        answer.reshape(1, 1).get(0, 0, cells);
        return peaks(cells, cellRows, cellCols, scale, grey.size(), max);
    }

    private static List<Proposal> peaks(float[] cells, int rows, int cols, double scale, Size frame, int max) {
        int plane = rows * cols;
        List<Proposal> found = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                float heat = cells[r * cols + c];
                if (heat < MIN_HEAT || !isLocalPeak(cells, rows, cols, r, c)) {
                    continue;
                }
                int at = r * cols + c;
                double x = (c + 0.5 + cells[plane + at]) * STRIDE / scale;
                double y = (r + 0.5 + cells[2 * plane + at]) * STRIDE / scale;
                double width = Math.exp(cells[3 * plane + at]) * STRIDE / scale;
                double height = Math.exp(cells[4 * plane + at]) * STRIDE / scale;
                Rect box = within(new Rect((int) Math.round(x - width / 2), (int) Math.round(y - height / 2),
                        (int) Math.round(width), (int) Math.round(height)), frame);
                if (box.width > 1 && box.height > 1) {
                    found.add(new Proposal(box, heat));
                }
            }
        }
        found.sort(Comparator.comparingDouble(Proposal::heat).reversed());
        return found.subList(0, Math.min(max, found.size()));
    }

    /** The strongest of its 3x3 neighbourhood (the first of equals), as CenterNet's decoding takes it. */
    private static boolean isLocalPeak(float[] heat, int rows, int cols, int r, int c) {
        float own = heat[r * cols + c];
        for (int dr = -1; dr <= 1; dr++) {
            for (int dc = -1; dc <= 1; dc++) {
                int nr = r + dr;
                int nc = c + dc;
                if ((dr != 0 || dc != 0) && nr >= 0 && nr < rows && nc >= 0 && nc < cols) {
                    float other = heat[nr * cols + nc];
                    if (other > own || other == own && (dr < 0 || dr == 0 && dc < 0)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static int ceil(int rows) {
        return (rows + ALIGN - 1) / ALIGN * ALIGN;
    }

    private static Rect within(Rect box, Size frame) {
        int x = Math.max(0, box.x);
        int y = Math.max(0, box.y);
        int right = Math.min((int) frame.width, box.x + box.width);
        int bottom = Math.min((int) frame.height, box.y + box.height);
        return new Rect(x, y, Math.max(0, right - x), Math.max(0, bottom - y));
    }

    /**
     * A plate the network sees: its box in the frame and how sure the network is that a plate is centred there (0 to
     * 1).
     */
    public record Proposal(Rect box, double heat) {
    }

    /** The model's bytes, read from the jar once per process. */
    private static final class Model {
        static final MatOfByte BYTES = OnnxModels.read(PlateLocator.class, MODEL);
    }
}
