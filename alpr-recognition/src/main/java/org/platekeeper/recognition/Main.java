package org.platekeeper.recognition;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * The command line, like OpenALPR's {@code alpr}: {@code java -jar alpr-recognition.jar --json IMAGE...} prints one
 * JSON object per image, best candidate first, with the plate's corners in the image, the time the image took
 * ({@code ms}) and the processor time the reading thread spent on it ({@code cpuMs}: one core's share, without the
 * JVM's compiler and collector threads). {@code --finder=classical} (or {@code both}) looks for a scene's plates with
 * the classical edge-density finder instead of (or beside) the learned locator, for measuring one against the other.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws IOException {
        PlateRecognizer.Finder finder = Arrays.stream(args).filter(arg -> arg.startsWith("--finder="))
                .map(arg -> PlateRecognizer.Finder.valueOf(arg.substring("--finder=".length()).toUpperCase(Locale.ROOT)))
                .reduce((first, last) -> last).orElse(PlateRecognizer.Finder.LOCATOR);
        PlateRecognizer recognizer = new PlateRecognizer(PlateRecognizer.DEFAULT_MAX_PIXELS, finder);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (String arg : args) {
            if (arg.startsWith("--")) {
                continue;
            }
            Path file = Path.of(arg);
            StringBuilder json = new StringBuilder("{\"file\": \"").append(escape(file.toString()))
                    .append("\", \"plates\": [");
            long millis;
            long cpuStart = threads.getCurrentThreadCpuTime();
            try {
                Recognition result = recognizer.recognize(Files.readAllBytes(file));
                millis = result.millis();
                for (int i = 0; i < result.candidates().size(); i++) {
                    PlateCandidate c = result.candidates().get(i);
                    json.append(i == 0 ? "" : ", ").append("{\"plate\": \"").append(c.plate())
                            .append("\", \"confidence\": ").append(String.format(Locale.ROOT, "%.1f", c.confidence()))
                            .append(", \"state\": ").append(c.state() == null ? "null" : "\"" + c.state() + "\"")
                            .append(", \"coordinates\": [");
                    for (int k = 0; k < c.corners().size(); k++) {
                        double[] corner = c.corners().get(k);
                        json.append(k == 0 ? "" : ", ").append("{\"x\": ").append(Math.round(corner[0]))
                                .append(", \"y\": ").append(Math.round(corner[1])).append('}');
                    }
                    json.append("]}");
                }
            } catch (IllegalArgumentException notAnImage) {
                millis = 0;
            }
            long cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
            System.out.println(json.append("], \"ms\": ").append(millis).append(", \"cpuMs\": ").append(cpuMillis)
                    .append('}'));
        }
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
