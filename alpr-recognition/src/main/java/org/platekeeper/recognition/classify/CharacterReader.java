package org.platekeeper.recognition.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

import org.opencv.core.Mat;
import org.platekeeper.recognition.segment.PlateCharacters;
import org.platekeeper.recognition.vote.Reading;

/** Reads a plate character by character: {@link PlateCharacters} cuts it, {@link CharacterClassifier} names each. */
public final class CharacterReader {

    /** How sure the classifier must be that a double-width shape is a W or an M to keep it whole. */
    private static final double WIDE_LETTER_CERTAINTY = 0.5;
    /**
     * A shape at either end of the row that the classifier is this unsure of, and whose height differs from the
     * row's usual height by more than this share, is a picture beside the characters (Alaska's flag, a wheelchair,
     * Virginia's panther), not one of them.
     */
    private static final double END_PICTURE_CERTAINTY = 0.35;
    private static final double END_PICTURE_HEIGHT_DIFFERENCE = 0.1;
    /**
     * Between characters, a shape the classifier is this unsure of, of a height differing by more than this share or
     * wider than this many usual widths, is a picture between the groups of characters (Florida's orange, Missouri's
     * state outline, Oregon's tree), not a character.
     */
    private static final double MIDDLE_PICTURE_CERTAINTY = 0.3;
    private static final double MIDDLE_PICTURE_HEIGHT_DIFFERENCE = 0.08;
    private static final double MIDDLE_PICTURE_WIDTH = 1.35;
    /**
     * Between characters, a shape this many usual widths wide that the classifier is less sure of than this, and takes
     * for neither W nor M, is a picture (Wyoming's horse and rider, read as a K).
     */
    private static final double WIDE_PICTURE_WIDTH = 1.5;
    private static final double WIDE_PICTURE_CERTAINTY = 0.9;

    /**
     * A shape the classifier is less sure of than this is hardly a character at all: at either end of the row it is a
     * picture whatever its height (stacked letters, Oklahoma's archer, North Carolina's college seal), and between
     * characters it is one when it is this many usual widths wide (Oregon's tree).
     */
    private static final double UNKNOWN_SHAPE_CERTAINTY = 0.15;
    private static final double UNKNOWN_SHAPE_WIDTH = 1.2;

    /** A shape beyond either end of the row is one more character only when the classifier is this sure of it. */
    private static final double CLEAR_CHARACTER_CERTAINTY = 0.85;

    private final CharacterClassifier classifier = new CharacterClassifier();
    private final PlateCharacters.Judge judge = new PlateCharacters.Judge() {
        @Override
        public boolean oneWideLetter(Mat shape) {
            return wideLetter(shape);
        }

        @Override
        public boolean clearCharacter(Mat shape, boolean narrow) {
            CharacterClassifier.Classification named = classifier.classify(shape);
            return named != null && named.certainty() >= CLEAR_CHARACTER_CERTAINTY
                    && (!narrow || named.character() == '1' || named.character() == 'I');
        }
    };

    /** One reading per way of cutting the plate, with the mean certainty of its characters, 0 to 100. */
    public List<Reading> readings(Mat plate) {
        List<Reading> readings = new ArrayList<>();
        for (List<Mat> cut : PlateCharacters.cuts(plate, judge)) {
            List<CharacterClassifier.Classification> characters = withoutPictures(cut,
                    cut.stream().map(classifier::classify).toList());
            StringBuilder text = new StringBuilder();
            double certainty = 0;
            for (CharacterClassifier.Classification character : characters) {
                text.append(character.character());
                certainty += character.certainty();
            }
            if (text.length() >= 2) {
                readings.add(new Reading(text.toString(), (int) Math.round(100 * certainty / text.length())));
            }
        }
        return readings;
    }

    /**
     * The characters of a cut, left to right, without the shapes that are pictures: those the classifier takes for no
     * character, and those it is unsure of that are not shaped like the row's characters.
     *
     * @param named the classifier's name for each shape of the cut, null for no character
     */
    public static List<CharacterClassifier.Classification> withoutPictures(List<Mat> cut,
            List<CharacterClassifier.Classification> named) {
        int usualHeight = PlateCharacters.median(cut.stream().mapToInt(Mat::rows).toArray());
        int usualWidth = PlateCharacters.median(cut.stream().mapToInt(Mat::cols).toArray());
        IntPredicate endPicture = i -> named.get(i) == null
                || named.get(i).certainty() < UNKNOWN_SHAPE_CERTAINTY
                || named.get(i).certainty() < END_PICTURE_CERTAINTY
                        && differs(cut.get(i).rows(), usualHeight, END_PICTURE_HEIGHT_DIFFERENCE);
        IntPredicate middlePicture = i -> named.get(i) == null
                || named.get(i).certainty() < UNKNOWN_SHAPE_CERTAINTY
                        && cut.get(i).cols() > usualWidth * UNKNOWN_SHAPE_WIDTH
                || named.get(i).certainty() < MIDDLE_PICTURE_CERTAINTY
                        && (differs(cut.get(i).rows(), usualHeight, MIDDLE_PICTURE_HEIGHT_DIFFERENCE)
                                || cut.get(i).cols() > usualWidth * MIDDLE_PICTURE_WIDTH)
                || named.get(i).certainty() < WIDE_PICTURE_CERTAINTY
                        && cut.get(i).cols() > usualWidth * WIDE_PICTURE_WIDTH
                        && "WM".indexOf(named.get(i).character()) < 0;
        int from = 0;
        int to = cut.size();
        while (from < to && endPicture.test(from)) {
            from++;
        }
        while (to > from && endPicture.test(to - 1)) {
            to--;
        }
        boolean[] picture = new boolean[cut.size()];
        for (int i = from + 1; i < to - 1; i++) {
            picture[i] = middlePicture.test(i);
        }
        // a picture the cut splits in parts (Wyoming's horse and rider) takes its unsure neighbours with it
        for (int i = from + 1; i < to - 1; i++) {
            boolean besidePicture = picture[i - 1] || picture[i + 1];
            if (besidePicture && (named.get(i) == null || named.get(i).certainty() < MIDDLE_PICTURE_CERTAINTY)) {
                picture[i] = true;
            }
        }
        List<CharacterClassifier.Classification> characters = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (!picture[i]) {
                characters.add(named.get(i));
            }
        }
        return characters;
    }

    private static boolean differs(int value, int usual, double share) {
        return Math.abs(value - usual) > usual * share;
    }

    /** Whether a shape as wide as two characters is one wide letter, W or M, as the classifier sees it. */
    private boolean wideLetter(Mat shape) {
        CharacterClassifier.Classification named = classifier.classify(shape);
        return named != null && (named.character() == 'W' || named.character() == 'M')
                && named.certainty() >= WIDE_LETTER_CERTAINTY;
    }
}
