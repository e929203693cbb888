package org.platekeeper.recognition.ocr;

import java.util.ArrayList;
import java.util.List;

import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * The row of characters of a plate crop, cut out and binarised dark on white: the state name, slogans and
 * stickers above and below are smaller shapes and are left out.
 */
public final class CharacterBand {

    private CharacterBand() {
    }

    /** The character band under Otsu's global threshold and under a local threshold. */
    public static List<Mat> hypotheses(Mat plate, int height) {
        Mat resized = new Mat();
        double scale = (double) height * 2 / plate.rows();
        Imgproc.resize(plate, resized, new Size(), scale, scale, Imgproc.INTER_CUBIC);
        Mat otsu = new Mat();
        Imgproc.threshold(resized, otsu, 0, 255, Imgproc.THRESH_BINARY | Imgproc.THRESH_OTSU);
        Mat local = new Mat();
        Imgproc.adaptiveThreshold(resized, local, 255, Imgproc.ADAPTIVE_THRESH_GAUSSIAN_C,
                Imgproc.THRESH_BINARY, 41, 10);
        List<Mat> hypotheses = new ArrayList<>();
        hypotheses.add(isolate(resized, otsu));
        hypotheses.add(isolate(resized, local));
        return hypotheses;
    }

    static Mat isolate(Mat resized, Mat thresholded) {
        Mat binary = thresholded.clone();
        if (Core.mean(binary).val[0] < 110) {
            Core.bitwise_not(binary, binary); // light characters on a dark plate
        }
        Mat inverted = new Mat();
        Core.bitwise_not(binary, inverted);
        Mat labels = new Mat();
        Mat stats = new Mat();
        Mat centroids = new Mat();
        int count = Imgproc.connectedComponentsWithStats(inverted, labels, stats, centroids);
        int top = Integer.MAX_VALUE;
        int bottom = -1;
        int left = Integer.MAX_VALUE;
        int right = -1;
        int rows = resized.rows();
        for (int i = 1; i < count; i++) {
            int x = (int) stats.get(i, Imgproc.CC_STAT_LEFT)[0];
            int y = (int) stats.get(i, Imgproc.CC_STAT_TOP)[0];
            int w = (int) stats.get(i, Imgproc.CC_STAT_WIDTH)[0];
            int h = (int) stats.get(i, Imgproc.CC_STAT_HEIGHT)[0];
            boolean characterSized = h >= rows * 0.3 && h <= rows * 0.9 && w <= h * 1.2 && w >= h * 0.08;
            if (characterSized) {
                top = Math.min(top, y);
                bottom = Math.max(bottom, y + h);
                left = Math.min(left, x);
                right = Math.max(right, x + w);
            }
        }
        Mat cut = bottom < 0 ? binary : new Mat(binary, new Rect(Math.max(0, left - 4), Math.max(0, top - 4),
                Math.min(binary.cols() - Math.max(0, left - 4), right - left + 8),
                Math.min(binary.rows() - Math.max(0, top - 4), bottom - top + 8)));
        Mat padded = new Mat();
        Core.copyMakeBorder(cut, padded, 16, 16, 16, 16, Core.BORDER_CONSTANT, new Scalar(255));
        return padded;
    }
}
