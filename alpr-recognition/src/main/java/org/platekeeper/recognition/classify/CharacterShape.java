package org.platekeeper.recognition.classify;

import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * What the character classifier sees: the ink of one character scaled to fit a square by its longer side (so a narrow
 * 1 stays narrow) and centred in it. Training and reading compute it here and only here, so the model always sees
 * what it was trained on.
 */
public final class CharacterShape {

    public static final int SIDE = 32;
    private static final int INK_SIDE = 28;

    private CharacterShape() {
    }

    /**
     * @param ink 8-bit mask, character pixels non-zero
     * @return the {@value #SIDE}-pixel square, 8-bit, or an empty Mat when the mask holds no ink
     */
    public static Mat square(Mat ink) {
        Mat points = new Mat();
        Core.findNonZero(ink, points);
        if (points.empty()) {
            return new Mat();
        }
        Rect box = Imgproc.boundingRect(points);
        double scale = (double) INK_SIDE / Math.max(box.width, box.height);
        int width = Math.max(1, (int) Math.round(box.width * scale));
        int height = Math.max(1, (int) Math.round(box.height * scale));
        Mat character = new Mat();
        Imgproc.resize(new Mat(ink, box), character, new Size(width, height), 0, 0, Imgproc.INTER_AREA);
        Mat square = Mat.zeros(SIDE, SIDE, CvType.CV_8U);
        character.copyTo(square.submat(new Rect((SIDE - width) / 2, (SIDE - height) / 2, width, height)));
        return square;
    }
}
