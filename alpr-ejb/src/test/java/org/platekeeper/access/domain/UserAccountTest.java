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
    private static final Duration IDLE_LIMIT = Duration.ofDays(90);

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
        assertThat(account.signIn(PASSWORD, T0, IDLE_LIMIT)).isEqualTo(SignInOutcome.SIGNED_IN);
        assertThat(account.signIn(WRONG, T0, IDLE_LIMIT)).isEqualTo(SignInOutcome.WRONG_CREDENTIALS);
        assertThat(account.lastSignedInAt()).isEqualTo(T0);
    }

    @Test
    @DisplayName("AC-7 five failures within fifteen minutes lock the account for fifteen minutes, even against the right password, or until an administrator unlocks it")
    void lockout() {
        for (int i = 0; i < 4; i++) {
            assertThat(account.signIn(WRONG, T0.plusSeconds(60L * i), IDLE_LIMIT)).isEqualTo(SignInOutcome.WRONG_CREDENTIALS);
        }
        assertThat(account.signIn(WRONG, T0.plusSeconds(300), IDLE_LIMIT)).isEqualTo(SignInOutcome.LOCKED);
        assertThat(account.isLocked()).isTrue();
        assertThat(account.lockedUntil()).isEqualTo(T0.plusSeconds(300).plus(UserAccount.LOCK_DURATION));
        assertThat(account.signIn(PASSWORD, T0.plusSeconds(300 + 14 * 60), IDLE_LIMIT)).isEqualTo(SignInOutcome.LOCKED);
        assertThat(account.signIn(PASSWORD, T0.plusSeconds(300 + 15 * 60), IDLE_LIMIT)).as("lapsed")
                .isEqualTo(SignInOutcome.SIGNED_IN);
        assertThat(account.isLocked()).isFalse();

        for (int i = 0; i < 5; i++) {
            account.signIn(WRONG, T0.plus(Duration.ofDays(1)), IDLE_LIMIT);
        }
        account.unlock();
        assertThat(account.signIn(PASSWORD, T0.plus(Duration.ofDays(1)), IDLE_LIMIT)).isEqualTo(SignInOutcome.SIGNED_IN);
    }

    @Test
    @DisplayName("Failures spread over more than fifteen minutes do not lock the account")
    void failuresOutsideWindow() {
        for (int i = 0; i < 8; i++) {
            account.signIn(WRONG, T0.plus(Duration.ofMinutes(16L * i)), IDLE_LIMIT);
        }
        assertThat(account.isLocked()).isFalse();
    }

    @Test
    @DisplayName("A successful sign-in resets the failure count")
    void successResets() {
        for (int i = 0; i < 4; i++) {
            account.signIn(WRONG, T0, IDLE_LIMIT);
        }
        account.signIn(PASSWORD, T0, IDLE_LIMIT);
        for (int i = 0; i < 4; i++) {
            account.signIn(WRONG, T0, IDLE_LIMIT);
        }
        assertThat(account.isLocked()).isFalse();
    }

    @Test
    @DisplayName("A disabled account cannot sign in")
    void disabled() {
        account.disable();
        assertThat(account.signIn(PASSWORD, T0, IDLE_LIMIT)).isEqualTo(SignInOutcome.DISABLED);
        assertThat(account.signIn(WRONG, T0, IDLE_LIMIT)).as("without its password, a disabled account tells nothing")
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

    @Test
    @DisplayName("AC-2 an account nobody signed in to for the limit is disabled by its next sign-in, which says so only to the right password; enabling starts the count again")
    void inactivity() {
        assertThat(account.signIn(PASSWORD, T0, IDLE_LIMIT)).isEqualTo(SignInOutcome.SIGNED_IN);
        Instant later = T0.plus(IDLE_LIMIT).plusSeconds(1);
        assertThat(account.inactiveFor(IDLE_LIMIT, later.minusSeconds(2))).isFalse();
        assertThat(account.inactiveFor(IDLE_LIMIT, later)).isTrue();
        assertThat(account.signIn(WRONG, later, IDLE_LIMIT)).isEqualTo(SignInOutcome.WRONG_CREDENTIALS);
        assertThat(account.isEnabled()).as("a wrong password changes nothing").isTrue();
        assertThat(account.signIn(PASSWORD, later, IDLE_LIMIT)).isEqualTo(SignInOutcome.INACTIVE);
        assertThat(account.isEnabled()).isFalse();
        assertThat(account.signIn(PASSWORD, later, IDLE_LIMIT)).isEqualTo(SignInOutcome.DISABLED);

        account.enable(later);
        assertThat(account.inactiveFor(IDLE_LIMIT, later.plus(Duration.ofDays(89)))).isFalse();
        assertThat(account.signIn(PASSWORD, later.plus(Duration.ofDays(89)), IDLE_LIMIT))
                .isEqualTo(SignInOutcome.SIGNED_IN);
    }

    @Test
    @DisplayName("AC-2 a never-used account counts from its creation, and the nightly sweep disables only what is inactive")
    void neverUsed() {
        assertThat(account.disableIfInactive(IDLE_LIMIT, T0.plus(Duration.ofDays(89)))).isFalse();
        assertThat(account.isEnabled()).isTrue();
        assertThat(account.disableIfInactive(IDLE_LIMIT, T0.plus(Duration.ofDays(91)))).isTrue();
        assertThat(account.isEnabled()).isFalse();
        assertThat(account.disableIfInactive(IDLE_LIMIT, T0.plus(Duration.ofDays(92)))).as("once").isFalse();
    }

    @Test
    @DisplayName("IA-5 an administrator's reset demands a change and unlocks; the owner's change clears the demand and the old password stops working")
    void resetAndChange() {
        for (int i = 0; i < 5; i++) {
            account.signIn(WRONG, T0, IDLE_LIMIT);
        }
        char[] temporary = "handed over by the admin".toCharArray();
        account.resetPassword(PasswordHash.of(temporary, 1_000), T0);
        assertThat(account.passwordChangeRequired()).isTrue();
        assertThat(account.isLocked()).isFalse();
        assertThat(account.signIn(PASSWORD, T0, IDLE_LIMIT)).isEqualTo(SignInOutcome.WRONG_CREDENTIALS);
        assertThat(account.signIn(temporary, T0, IDLE_LIMIT)).isEqualTo(SignInOutcome.SIGNED_IN);

        char[] chosen = "my own choice of words".toCharArray();
        account.changePassword(PasswordHash.of(chosen, 1_000), T0);
        assertThat(account.passwordChangeRequired()).isFalse();
        assertThat(account.hasPassword(temporary)).isFalse();
        assertThat(account.hasPassword(chosen)).isTrue();
    }

    @Test
    @DisplayName("IA-2 a second factor counts once confirmed by a code; then a code is needed once per step, a recovery code works once, and wrong ones count towards the lockout")
    void secondFactor() {
        String secret = TimeBasedCodes.newSecret();
        account.beginSecondFactor(secret);
        assertThat(account.confirmSecondFactor("000000", T0, java.util.List.of())).isFalse();
        assertThat(account.secondFactorEnrolled()).isFalse();
        java.util.List<String> recovery = RecoveryCodes.generate();
        assertThat(account.confirmSecondFactor(TimeBasedCodes.code(secret, T0), T0,
                recovery.stream().map(RecoveryCodes::digest).toList())).isTrue();
        assertThat(account.unusedRecoveryCodes()).isEqualTo(10);

        Instant later = T0.plusSeconds(120);
        assertThat(account.secondFactor(TimeBasedCodes.code(secret, later), later)).isEqualTo(SignInOutcome.SIGNED_IN);
        assertThat(account.secondFactor(TimeBasedCodes.code(secret, later), later)).as("the same code again")
                .isEqualTo(SignInOutcome.WRONG_CREDENTIALS);
        assertThat(account.secondFactor(recovery.get(3).toUpperCase(), later))
                .isEqualTo(SignInOutcome.SIGNED_IN_WITH_RECOVERY_CODE);
        assertThat(account.secondFactor(recovery.get(3), later)).as("used up").isEqualTo(SignInOutcome.WRONG_CREDENTIALS);
        assertThat(account.unusedRecoveryCodes()).isEqualTo(9);
        assertThat(account.isLocked()).isFalse();
        for (int i = 0; i < 3; i++) {
            account.secondFactor("123456", later);
        }
        assertThat(account.isLocked()).as("five failures: a replay, a used recovery code, three wrong codes")
                .isTrue();

        account.resetSecondFactor();
        assertThat(account.secondFactorEnrolled()).isFalse();
        assertThat(account.unusedRecoveryCodes()).isZero();
    }

    @Test
    @DisplayName("IA-5 IA-2 OD-AD2 the data functions open only after a reset password is replaced, a required second factor is set up and training is current, asked in that order")
    void gate() {
        assertThat(account.gate(TODAY, false)).isEqualTo(AccountGate.TRAINING_REQUIRED);
        account.recordTraining("LPR operator course", TODAY.minusDays(1), TODAY.plusYears(1), "admin", T0);
        assertThat(account.gate(TODAY, false)).isEqualTo(AccountGate.OPEN);
        assertThat(account.gate(TODAY, true)).isEqualTo(AccountGate.SECOND_FACTOR_ENROLMENT_REQUIRED);
        account.resetPassword(PasswordHash.of("handed over by the admin".toCharArray(), 1_000), T0);
        assertThat(account.gate(TODAY, true)).isEqualTo(AccountGate.PASSWORD_CHANGE_REQUIRED);
        account.changePassword(PasswordHash.of("my own choice of words".toCharArray(), 1_000), T0);
        String secret = TimeBasedCodes.newSecret();
        account.beginSecondFactor(secret);
        assertThat(account.gate(TODAY, true)).as("not yet confirmed")
                .isEqualTo(AccountGate.SECOND_FACTOR_ENROLMENT_REQUIRED);
        account.confirmSecondFactor(TimeBasedCodes.code(secret, T0), T0, java.util.List.of());
        assertThat(account.gate(TODAY, true)).isEqualTo(AccountGate.OPEN);
    }

    @Test
    @DisplayName("IA-2 AC-7 a directory account signs in on the directory's word only, with the lockout, disabling and inactivity of any account")
    void directoryAccount() {
        UserAccount person = UserAccount.fromDirectory("Dir-Officer", " Dana Okafor ", "uid=dir-officer,dc=city",
                Set.of(Role.OFFICER), T0);
        assertThat(person.managedByDirectory()).isTrue();
        assertThat(person.displayName()).isEqualTo("Dana Okafor");
        assertThat(person.signIn(PASSWORD, T0, IDLE_LIMIT)).as("no password kept here works")
                .isEqualTo(SignInOutcome.WRONG_CREDENTIALS);
        assertThat(person.signInVerifiedByDirectory(true, T0, IDLE_LIMIT)).isEqualTo(SignInOutcome.SIGNED_IN);
        for (int i = 0; i < UserAccount.LOCKOUT_THRESHOLD - 1; i++) {
            person.signInVerifiedByDirectory(false, T0.plusSeconds(i), IDLE_LIMIT);
        }
        assertThat(person.signInVerifiedByDirectory(false, T0.plusSeconds(10), IDLE_LIMIT))
                .isEqualTo(SignInOutcome.LOCKED);
        assertThat(person.signInVerifiedByDirectory(true, T0.plusSeconds(11), IDLE_LIMIT))
                .isEqualTo(SignInOutcome.LOCKED);
        person.unlock();
        person.disable();
        assertThat(person.signInVerifiedByDirectory(true, T0.plusSeconds(12), IDLE_LIMIT))
                .isEqualTo(SignInOutcome.DISABLED);
        assertThatThrownBy(() -> account.signInVerifiedByDirectory(true, T0, IDLE_LIMIT))
                .as("a local account").isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("AC-6 IA-5 a directory account's roles follow its groups and only them; its password cannot be set here")
    void directoryAccountFollowsTheDirectory() {
        UserAccount person = UserAccount.fromDirectory("dir-clerk", null, "uid=dir-clerk,dc=city",
                Set.of(Role.OFFICER), T0);
        assertThat(person.displayName()).as("no name in the directory").isEqualTo("dir-clerk");
        assertThat(person.followDirectory("Sam Ito", Set.of(Role.OFFICER))).isFalse();
        assertThat(person.followDirectory("Sam Ito", Set.of(Role.AUDITOR))).isTrue();
        assertThat(person.roles()).containsExactly(Role.AUDITOR);
        assertThatThrownBy(() -> person.assignRoles(Set.of(Role.ADMINISTRATOR)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> person.changePassword(PasswordHash.of(PASSWORD, 1_000), T0))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> account.followDirectory("x", Set.of(Role.OFFICER)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(person.roles()).containsExactly(Role.AUDITOR);
    }
}
