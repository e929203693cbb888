package org.platekeeper.recognition;

import java.util.ArrayList;
import java.util.List;

import org.opencv.core.Mat;

/** Reads a plate character by character: {@link PlateCharacters} cuts it, {@link CharacterClassifier} names each. */
final class CharacterReader {

    /** How sure the classifier must be that a double-width shape is a W or an M to keep it whole. */
    private static final double WIDE_LETTER_CERTAINTY = 0.5;

    private final CharacterClassifier classifier = new CharacterClassifier();

    /** One reading per way of cutting the plate, with the mean certainty of its characters, 0 to 100. */
    List<Reading> readings(Mat plate) {
        List<Reading> readings = new ArrayList<>();
        for (List<Mat> cut : PlateCharacters.cuts(plate, this::wideLetter)) {
            StringBuilder text = new StringBuilder();
            double certainty = 0;
            for (Mat character : cut) {
                CharacterClassifier.Classification named = classifier.classify(character);
                if (named != null) {
                    text.append(named.character());
                    certainty += named.certainty();
                }
            }
            if (text.length() >= 2) {
                readings.add(new Reading(text.toString(), (int) Math.round(100 * certainty / text.length())));
            }
        }
        return readings;
    }

    /** Whether a shape as wide as two characters is one wide letter, W or M, as the classifier sees it. */
    private boolean wideLetter(Mat shape) {
        CharacterClassifier.Classification named = classifier.classify(shape);
        return named != null && (named.character() == 'W' || named.character() == 'M')
                && named.certainty() >= WIDE_LETTER_CERTAINTY;
    }
}
