package org.platekeeper.access.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Password rules")
class PasswordRulesTest {

    private final PasswordRules rules = new PasswordRules(12);

    private java.util.List<String> problems(String password) {
        return rules.problems(password.toCharArray(), "pat.jones", "Pat Jones");
    }

    @Test
    @DisplayName("IA-5 a password shorter than the profile's minimum is refused")
    void length() {
        assertThat(problems("k7#Wq9!zR2b")).singleElement().asString().contains("at least 12");
        assertThat(new PasswordRules(16).problems("harbour lantern 7".toCharArray(), "x", null)).isEmpty();
        assertThat(new PasswordRules(20).problems("harbour lantern 7".toCharArray(), "x", null)).isNotEmpty();
    }

    @Test
    @DisplayName("IA-5 common, breached and patterned passwords are refused whatever their length: digits in a row, spaces, keyboard walks, a common password with a year")
    void guessable() {
        for (String weak : new String[] {"1234567890ab", "            ", "qwertyuiop12", "password1234", "Password123!",
                "abcabcabcabc", "P@ssw0rd2026", "iloveyou1234"}) {
            assertThat(problems(weak)).as(weak).anySatisfy(p -> assertThat(p).contains("too easy to guess"));
        }
    }

    @Test
    @DisplayName("IA-5 a password that contains the user's name, or is made of their name, is refused")
    void name() {
        assertThat(problems("pat.jones-2026")).anySatisfy(p -> assertThat(p).contains("user name"));
        assertThat(problems("PatJonesPatJones")).anySatisfy(p -> assertThat(p).contains("too easy to guess"));
    }

    @Test
    @DisplayName("IA-5 a few unrelated words are accepted, without rules of composition")
    void passphrases() {
        assertThat(problems("correct horse battery")).isEmpty();
        assertThat(problems("lantern orbit cabbage")).isEmpty();
        assertThat(problems("system-test-password")).as("the system tests' own").isEmpty();
    }
}
