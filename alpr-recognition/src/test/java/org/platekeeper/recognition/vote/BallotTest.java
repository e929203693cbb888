package org.platekeeper.recognition.vote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BallotTest {

    @Test
    @DisplayName("the text closest to all readings wins, even when another text was read whole more often")
    void closestTextWins() {
        Ballot ballot = new Ballot(null);
        ballot.tesseractRead(new Reading("ABC1234", 60));
        ballot.tesseractRead(new Reading("ABC1Z34", 50));
        ballot.tesseractRead(new Reading("A8C1234", 50));
        ballot.classifierRead(new Reading("XY", 99));
        ballot.classifierRead(new Reading("XY", 99));
        ballot.classifierRead(new Reading("XY", 99));
        assertThat(ballot.winner()).map(Reading::text).contains("ABC1234");
    }

    @Test
    @DisplayName("the row reader's sure reading outweighs the classifier's cuts when they drop an end character")
    void rowReaderBreaksTheCuttersTie() {
        Ballot ballot = new Ballot(null);
        for (int cut = 0; cut < 3; cut++) {
            ballot.classifierRead(new Reading("363HJ", 70));
        }
        ballot.classifierRead(new Reading("8363HJ", 60));
        ballot.rowRead(new Reading("8363HJ", 95));
        assertThat(ballot.winner()).map(Reading::text).contains("8363HJ");

        Ballot without = new Ballot(null);
        for (int cut = 0; cut < 3; cut++) {
            without.classifierRead(new Reading("363HJ", 70));
        }
        without.classifierRead(new Reading("8363HJ", 60));
        assertThat(without.winner()).map(Reading::text).as("the cuts alone").contains("363HJ");
    }

    @Test
    @DisplayName("between two texts with equal support, the one in the serial format of the plate's state wins")
    void stateFormatDecides() {
        for (String state : new String[] {"TX", "CA"}) {
            Ballot ballot = new Ballot(state);
            ballot.tesseractRead(new Reading("ABC1234", 50));
            ballot.tesseractRead(new Reading("8BC1234", 50));
            assertThat(ballot.winner()).map(Reading::text).contains(state.equals("TX") ? "ABC1234" : "8BC1234");
        }
    }

    @Test
    @DisplayName("a 1 among letters is spelled I and a 0 in a serial's letter place O, unless the text is a serial as read")
    void oneAmongLettersIsSpelledI() {
        assertThat(PlateSyntax.spelled(null, "ATHE1ST")).isEqualTo("ATHEIST");
        assertThat(PlateSyntax.spelled("WA", "627WW1")).isEqualTo("627WWI");
        assertThat(PlateSyntax.spelled(null, "1TARHEEL")).as("first character").isEqualTo("1TARHEEL");
        assertThat(PlateSyntax.spelled(null, "AB1234")).as("before a digit").isEqualTo("AB1234");
        assertThat(PlateSyntax.spelled("TX", "BB1B001")).as("Texas serial").isEqualTo("BB1B001");
        assertThat(PlateSyntax.spelled("OK", "BB1B001")).isEqualTo("BBIB001");
        assertThat(PlateSyntax.spelled("FL", "H5D7VU")).as("Florida's narrow 0 read as D").isEqualTo("H507VU");
        assertThat(PlateSyntax.spelled("LA", "0IT643")).as("0 where Louisiana's serial has a letter")
                .isEqualTo("OIT643");
        assertThat(PlateSyntax.spelled("FL", "HSDZVU")).as("more than two look-alikes").isEqualTo("HSDZVU");
        assertThat(PlateSyntax.spelled("NV", "65DVYM")).isEqualTo("650VYM");
        assertThat(PlateSyntax.spelled("OK", "093G0K")).as("Oklahoma's older serial").isEqualTo("093GOK");
        assertThat(PlateSyntax.spelled(null, "N0X218")).as("one O puts it in a serial of some state")
                .isEqualTo("NOX218");
        assertThat(PlateSyntax.spelled(null, "0A0123")).as("an O in either place would").isEqualTo("0A0123");
        assertThat(PlateSyntax.spelled(null, "Y0SPEED")).as("no serial").isEqualTo("Y0SPEED");
        assertThat(PlateSyntax.clean("SWEET-THING")).as("vanity words of up to ten characters").isEqualTo("SWEETTHING");
        Ballot ballot = new Ballot(null);
        ballot.classifierRead(new Reading("PR1VACY", 90));
        assertThat(ballot.winner()).map(Reading::text).contains("PRIVACY");
    }

    @Test
    @DisplayName("an empty ballot has no winner, and readings shorter than two characters do not count")
    void noReadingNoWinner() {
        Ballot ballot = new Ballot(null);
        ballot.tesseractRead(new Reading("A", 90));
        assertThat(ballot.winner()).isEmpty();
    }

    @Test
    @DisplayName("edit distance counts replaced, inserted and deleted characters, also to a stretch of a longer text")
    void distance() {
        assertThat(Edits.between("ABC123", "ABC123")).isZero();
        assertThat(Edits.between("ABC123", "A8C123")).isEqualTo(1);
        assertThat(Edits.between("ABC123", "ABC1234")).isEqualTo(1);
        assertThat(Edits.between("ABC123", "BC123")).isEqualTo(1);
        assertThat(Edits.between("", "XYZ")).isEqualTo(3);
        assertThat(Edits.toFind("DAKOTA", "NORTHDAKOTA")).isZero();
        assertThat(Edits.toFind("IDAHO", "SEESDAHOX")).isEqualTo(1);
        assertThat(Edits.toFind("XYZ", "")).isEqualTo(3);
    }

    @Test
    @DisplayName("five of the classifier's cuts reading one text settle a plate; four do not, nor do Tesseract's readings")
    void settledByClassifier() {
        Ballot ballot = new Ballot(null);
        for (int i = 0; i < 4; i++) {
            ballot.classifierRead(new Reading("KX7H42M", 80));
            ballot.tesseractRead(new Reading("KX7H42M", 80));
        }
        ballot.classifierRead(new Reading("KX7H4ZM", 80));
        assertThat(ballot.settledByClassifier()).isFalse();
        ballot.classifierRead(new Reading("KX7H42M", 80));
        assertThat(ballot.settledByClassifier()).isTrue();
    }

    @Test
    @DisplayName("a region the classifier reads as a row of three or more agreeing characters leads one it reads as scraps")
    void rowAndLeadingSupport() {
        Ballot scraps = new Ballot(null);
        scraps.classifierRead(new Reading("1I", 40));
        scraps.classifierRead(new Reading("J1", 30));
        assertThat(scraps.hasRow()).isFalse();
        Ballot plate = new Ballot(null);
        plate.classifierRead(new Reading("KX7H42M", 90));
        plate.classifierRead(new Reading("KX7H42M", 85));
        assertThat(plate.hasRow()).isTrue();
        assertThat(plate.leadingSupport()).isGreaterThan(scraps.leadingSupport());
        assertThat(new Ballot(null).leadingSupport()).isZero();
    }

    @Test
    @DisplayName("serial formats are known beyond the largest states: Oregon's 123ABC, Louisiana's ABC123, Maine's 1234AB")
    void moreStatesFormats() {
        assertThat(PlateSyntax.issuedBy("OR", "941EXW")).isTrue();
        assertThat(PlateSyntax.issuedBy("OR", "9415XW")).isFalse();
        assertThat(PlateSyntax.issuedBy("LA", "LFS658")).isTrue();
        assertThat(PlateSyntax.issuedBy("ME", "6725SC")).isTrue();
        assertThat(PlateSyntax.issuedBy("ME", "725SC")).isFalse();
        assertThat(PlateSyntax.issuedBy(null, "941EXW")).isFalse();
    }
}
