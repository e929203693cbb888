package org.platekeeper.recognition.ocr;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.opencv.core.Mat;

import com.sun.jna.Pointer;

import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.TessAPI1;
import org.platekeeper.recognition.vote.Reading;

/**
 * One Tesseract engine, initialised once and reused for every crop its thread reads: initialising costs far more
 * than reading a plate. Not thread-safe; {@link PlateRecognizer} keeps one per thread.
 */
public final class TesseractLine implements AutoCloseable {

    public static final String CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz ";
    /** Page segmentation: one line of text, and one word; plates read better one way or the other. */
    public static final int PSM_SINGLE_LINE = 7;
    public static final int PSM_SINGLE_WORD = 8;
    private static final int OEM_LSTM = 1;

    private final TessBaseAPI api;

    public TesseractLine() {
        api = TessAPI1.TessBaseAPICreate();
        if (TessAPI1.TessBaseAPIInit2(api, tessdata(), "eng", OEM_LSTM) != 0) {
            TessAPI1.TessBaseAPIDelete(api);
            throw new IllegalStateException("Tesseract could not load its English model from " + tessdata());
        }
        TessAPI1.TessBaseAPISetVariable(api, "load_system_dawg", "0");
        TessAPI1.TessBaseAPISetVariable(api, "load_freq_dawg", "0");
    }

    /** Where Debian's tesseract-ocr keeps its models, unless TESSDATA_PREFIX says otherwise. */
    public static String tessdata() {
        String configured = System.getenv("TESSDATA_PREFIX");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        for (String candidate : List.of("/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata",
                "/usr/share/tessdata")) {
            if (Files.isRegularFile(Path.of(candidate, "eng.traineddata"))) {
                return candidate;
            }
        }
        return "/usr/share/tesseract-ocr/5/tessdata";
    }

    /** Reads plate characters from an 8-bit grey image; answers the text and Tesseract's mean confidence. */
    public Reading read(byte[] grey, int width, int height, int pageSegmentation) {
        return recognise(grey, width, height, pageSegmentation, CHARACTERS);
    }

    /** Reads one line of words in letters of either case, such as a state's name; answers them as printed. */
    public String readWords(byte[] grey, int width, int height) {
        return recognise(grey, width, height, PSM_SINGLE_LINE, LETTERS).text();
    }

    private Reading recognise(byte[] grey, int width, int height, int pageSegmentation, String whitelist) {
        TessAPI1.TessBaseAPISetVariable(api, "tessedit_char_whitelist", whitelist);
        TessAPI1.TessBaseAPISetPageSegMode(api, pageSegmentation);
        ByteBuffer pixels = ByteBuffer.allocateDirect(grey.length);
        pixels.put(grey).flip();
        TessAPI1.TessBaseAPISetImage(api, pixels, width, height, 1, width);
        TessAPI1.TessBaseAPISetSourceResolution(api, 300);
        Pointer text = TessAPI1.TessBaseAPIGetUTF8Text(api);
        String result = text == null ? "" : text.getString(0);
        if (text != null) {
            TessAPI1.TessDeleteText(text);
        }
        int confidence = TessAPI1.TessBaseAPIMeanTextConf(api);
        TessAPI1.TessBaseAPIClear(api);
        return new Reading(whitelist.equals(CHARACTERS) ? result.replaceAll("[^A-Z0-9]", "") : result.strip(),
                confidence);
    }

    @Override
    public void close() {
        TessAPI1.TessBaseAPIEnd(api);
        TessAPI1.TessBaseAPIDelete(api);
    }

    /** A grey picture's pixels, row by row, as Tesseract takes them. */
    public static byte[] bytes(Mat grey) {
        Mat continuous = grey.isContinuous() ? grey : grey.clone();
        byte[] data = new byte[(int) (continuous.total() * continuous.channels())];
        continuous.get(0, 0, data);
        return data;
    }
}
