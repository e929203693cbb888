import java.nio.file.Files;
import java.nio.file.Path;

import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.imgproc.Imgproc;

/**
 * Turns photos into 1280×720 camera frames (scaled to the frame's height, grey bars at the sides), so the recogniser's
 * time per frame can be measured at the size the recognition targets name.
 *
 * <p>{@code java -cp alpr-recognition.jar bench/Frames.java OUTPUT_DIR IMAGE...}
 */
public class Frames {

    public static void main(String[] args) throws Exception {
        nu.pattern.OpenCV.loadLocally();
        Path output = Files.createDirectories(Path.of(args[0]));
        for (int i = 1; i < args.length; i++) {
            Mat photo = Imgcodecs.imread(args[i]);
            double scale = Math.min(1280.0 / photo.cols(), 720.0 / photo.rows());
            Mat scaled = new Mat();
            Imgproc.resize(photo, scaled, new Size(), scale, scale, Imgproc.INTER_CUBIC);
            int left = (1280 - scaled.cols()) / 2;
            int top = (720 - scaled.rows()) / 2;
            Mat frame = new Mat();
            Core.copyMakeBorder(scaled, frame, top, 720 - scaled.rows() - top, left, 1280 - scaled.cols() - left,
                    Core.BORDER_CONSTANT, new Scalar(96, 96, 96));
            Imgcodecs.imwrite(output.resolve(Path.of(args[i]).getFileName()).toString(), frame);
        }
    }
}
