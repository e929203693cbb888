package org.platekeeper.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

import org.opencv.core.Mat;

/** Reads a plate character by character: {@link PlateCharacters} cuts it, {@link CharacterClassifier} names each. */
final class CharacterReader {

    /** How sure the classifier must be that a double-width shape is a W or an M to keep it whole. */
    private static final double WIDE_LETTER_CERTAINTY = 0.5;
    /**
     * A shape at either end of the row that the classifier is this unsure of, and whose height differs from the
     * row's usual height by more than this share, is a picture beside the characters (Alaska's flag, a wheelchair,
     * Virginia's panther), not one of them.
     */
    private static final double PICTURE_CERTAINTY = 0.2;
    private static final double PICTURE_HEIGHT_DIFFERENCE = 0.1;

    private final CharacterClassifier classifier = new CharacterClassifier();

    /** One reading per way of cutting the plate, with the mean certainty of its characters, 0 to 100. */
    List<Reading> readings(Mat plate) {
        List<Reading> readings = new ArrayList<>();
        for (List<Mat> cut : PlateCharacters.cuts(plate, this::wideLetter)) {
            List<CharacterClassifier.Classification> named = cut.stream().map(classifier::classify).toList();
            int[] heights = cut.stream().mapToInt(Mat::rows).sorted().toArray();
            int usual = heights[heights.length / 2];
            IntPredicate picture = i -> named.get(i) == null
                    || named.get(i).certainty() < PICTURE_CERTAINTY
                            && Math.abs(cut.get(i).rows() - usual) > usual * PICTURE_HEIGHT_DIFFERENCE;
            int from = 0;
            int to = cut.size();
            while (from < to && picture.test(from)) {
                from++;
            }
            while (to > from && picture.test(to - 1)) {
                to--;
            }
            StringBuilder text = new StringBuilder();
            double certainty = 0;
            for (CharacterClassifier.Classification character : named.subList(from, to)) {
                if (character != null) {
                    text.append(character.character());
                    certainty += character.certainty();
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
