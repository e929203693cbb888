package org.platekeeper.access.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.platekeeper.shared.domain.Role;

@DisplayName("User accounts")
class UserAccountTest {

    private static final char[] PASSWORD = "correct horse battery".toCharArray();
    private static final char[] WRONG = "wrong password!".toCharArray();
    private static final Instant T0 = Instant.parse("2026-11-23T12:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final UserAccount account = new UserAccount("Officer.Jones", "Pat Jones",
            PasswordHash.of(PASSWORD, 1_000), Set.of(Role.OFFICER), T0);

    @Test
    @DisplayName("User names are stored in lower case and must look like user names")
    void usernames() {
        assertThat(account.username()).isEqualTo("officer.jones");
        assertThatThrownBy(() -> UserAccount.normaliseUsername("9lives")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UserAccount.normaliseUsername("a b")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("The right password signs in; a wrong one does not")
    void passwordCheck() {
        assertThat(account.signIn(PASSWORD, T0)).isEqualTo(SignInOutcome.SIGNED_IN);
        assertThat(account.signIn(WRONG, T0)).isEqualTo(SignInOutcome.WRONG_CREDENTIALS);
        assertThat(account.lastSignedInAt()).isEqualTo(T0);
    }

    @Test
    @DisplayName("AC-7 five failures within fifteen minutes lock the account for fifteen minutes, even against the right password, or until an administrator unlocks it")
    void lockout() {
        for (int i = 0; i < 4; i++) {
            assertThat(account.signIn(WRONG, T0.plusSeconds(60L * i))).isEqualTo(SignInOutcome.WRONG_CREDENTIALS);
        }
        assertThat(account.signIn(WRONG, T0.plusSeconds(300))).isEqualTo(SignInOutcome.LOCKED);
        assertThat(account.isLocked()).isTrue();
        assertThat(account.lockedUntil()).isEqualTo(T0.plusSeconds(300).plus(UserAccount.LOCK_DURATION));
        assertThat(account.signIn(PASSWORD, T0.plusSeconds(300 + 14 * 60))).isEqualTo(SignInOutcome.LOCKED);
        assertThat(account.signIn(PASSWORD, T0.plusSeconds(300 + 15 * 60))).as("lapsed")
                .isEqualTo(SignInOutcome.SIGNED_IN);
        assertThat(account.isLocked()).isFalse();

        for (int i = 0; i < 5; i++) {
            account.signIn(WRONG, T0.plus(Duration.ofDays(1)));
        }
        account.unlock();
        assertThat(account.signIn(PASSWORD, T0.plus(Duration.ofDays(1)))).isEqualTo(SignInOutcome.SIGNED_IN);
    }

    @Test
    @DisplayName("Failures spread over more than fifteen minutes do not lock the account")
    void failuresOutsideWindow() {
        for (int i = 0; i < 8; i++) {
            account.signIn(WRONG, T0.plus(Duration.ofMinutes(16L * i)));
        }
        assertThat(account.isLocked()).isFalse();
    }

    @Test
    @DisplayName("A successful sign-in resets the failure count")
    void successResets() {
        for (int i = 0; i < 4; i++) {
            account.signIn(WRONG, T0);
        }
        account.signIn(PASSWORD, T0);
        for (int i = 0; i < 4; i++) {
            account.signIn(WRONG, T0);
        }
        assertThat(account.isLocked()).isFalse();
    }

    @Test
    @DisplayName("A disabled account cannot sign in")
    void disabled() {
        account.disable();
        assertThat(account.signIn(PASSWORD, T0)).isEqualTo(SignInOutcome.DISABLED);
        assertThat(account.signIn(WRONG, T0)).as("without its password, a disabled account tells nothing")
                .isEqualTo(SignInOutcome.WRONG_CREDENTIALS);
    }

    @Test
    @DisplayName("OD-AD2 training counts from its completion day through its expiry day, not before or after")
    void trainingCurrency() {
        assertThat(account.hasCurrentTraining(TODAY)).isFalse();
        account.recordTraining("LPR operator", TODAY.minusDays(10), TODAY.plusDays(5), "admin", T0);
        assertThat(account.hasCurrentTraining(TODAY)).isTrue();
        assertThat(account.hasCurrentTraining(TODAY.plusDays(5))).isTrue();
        assertThat(account.hasCurrentTraining(TODAY.plusDays(6))).isFalse();
        assertThat(account.hasCurrentTraining(TODAY.minusDays(11))).isFalse();
        assertThat(account.trainingValidUntil(TODAY)).contains(TODAY.plusDays(5));
    }

    @Test
    @DisplayName("OD-AD2 training that expires before it was completed is refused")
    void trainingDates() {
        assertThatThrownBy(() -> account.recordTraining("LPR", TODAY, TODAY.minusDays(1), "admin", T0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
