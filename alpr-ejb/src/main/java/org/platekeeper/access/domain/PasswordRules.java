package org.platekeeper.access.domain;

import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;

/**
 * What a new password must be (IA-5, NIST SP 800-63B 5.1.1.2): long enough, not the user's own name, and not
 * guessable. Guessability is zxcvbn's estimate, which knows some 30,000 common and breached passwords, English words
 * and names, and their usual disguises (capitals, l33t, reversal, keyboard walks, repeats, sequences, dates), and
 * counts the user's name and display name as words an attacker knows. No rules of composition: they make passwords
 * harder to remember, not to guess.
 */
public final class PasswordRules {

    /** zxcvbn's score 3: more than 10^8 guesses, far beyond what the lockout lets an online attacker try. */
    static final int MINIMUM_SCORE = 3;
    public static final int MAXIMUM_LENGTH = 200;
    private static final Zxcvbn ESTIMATOR = new Zxcvbn();

    private final int minimumLength;

    public PasswordRules(int minimumLength) {
        this.minimumLength = minimumLength;
    }

    public int minimumLength() {
        return minimumLength;
    }

    /** Why this password is refused for this user; empty when it is acceptable. */
    public List<String> problems(char[] password, String username, String displayName) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.length < minimumLength) {
            problems.add("a password needs at least " + minimumLength + " characters");
            return problems;
        }
        if (password.length > MAXIMUM_LENGTH) {
            problems.add("a password has at most " + MAXIMUM_LENGTH + " characters");
            return problems;
        }
        String lower = new String(password).toLowerCase(Locale.ROOT);
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            problems.add("a password may not contain the user name");
        }
        List<String> known = new ArrayList<>();
        if (username != null) {
            known.add(username);
        }
        if (displayName != null) {
            known.addAll(List.of(displayName.toLowerCase(Locale.ROOT).split("\\s+")));
        }
        Strength strength = ESTIMATOR.measure(CharBuffer.wrap(password), known);
        if (strength.getScore() < MINIMUM_SCORE) {
            String warning = strength.getFeedback().getWarning(Locale.ENGLISH);
            problems.add("the password is too easy to guess" + (warning == null || warning.isBlank() ? ""
                    : ": " + warning.replaceAll("\\.$", "").toLowerCase(Locale.ROOT))
                    + "; a few unrelated words make a good one");
        }
        return problems;
    }
}
