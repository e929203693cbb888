package org.platekeeper.access.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.platekeeper.shared.domain.Role;

/**
 * A person who signs in to the console or the API: roles, training, and the sign-in history that locks the
 * account after repeated failures.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

    public static final int USERNAME_MAX_LENGTH = 64;
    public static final int DISPLAY_NAME_MAX_LENGTH = 120;
    public static final int DIRECTORY_ENTRY_MAX_LENGTH = 512;
    /** Failures within {@link #LOCKOUT_WINDOW} that lock the account. */
    public static final int LOCKOUT_THRESHOLD = 5;
    public static final Duration LOCKOUT_WINDOW = Duration.ofMinutes(15);
    /**
     * How long a lock lasts (AC-7): long enough to stop guessing, short enough that failing someone's password on
     * purpose keeps them out for minutes, not until an administrator notices.
     */
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,63}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "username", nullable = false, unique = true, updatable = false, length = USERNAME_MAX_LENGTH)
    private String username;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX_LENGTH)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    /** The person's entry in the city directory, for an account whose password and roles the directory holds. */
    @Column(name = "directory_entry", length = DIRECTORY_ENTRY_MAX_LENGTH)
    private String directoryEntry;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "user_id", nullable = false)
    @OrderBy("completedOn")
    private List<TrainingRecord> training = new ArrayList<>();

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "failure_window_start")
    private Instant failureWindowStart;

    @Column(name = "locked_at")
    private Instant lockedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_signed_in_at")
    private Instant lastSignedInAt;

    /** When an administrator last enabled the account: the inactivity clock starts again then (AC-2). */
    @Column(name = "enabled_at")
    private Instant enabledAt;

    /** Set by an administrator's reset (IA-5): the password is known to someone else until its owner changes it. */
    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    /** IA-2: the shared secret of the user's authenticator app, once enrolment is confirmed. */
    @Column(name = "mfa_secret")
    private String mfaSecret;

    @Column(name = "mfa_pending_secret")
    private String mfaPendingSecret;

    /** The last time step whose code was accepted: none at or before it is accepted again. */
    @Column(name = "mfa_last_step", nullable = false)
    private long mfaLastStep;

    /** SHA-256 digests of the unused recovery codes, comma-separated. */
    @Column(name = "mfa_recovery_digests")
    private String mfaRecoveryDigests;

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, PasswordHash password, Set<Role> roles, Instant now) {
        this.username = normaliseUsername(username);
        this.displayName = requireText(displayName, "display name", DISPLAY_NAME_MAX_LENGTH);
        this.passwordHash = Objects.requireNonNull(password, "password").encoded();
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    /** User names are case-insensitive: stored lower case, letters, digits, dot, dash and underscore. */
    public static String normaliseUsername(String username) {
        String candidate = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(candidate).matches()) {
            throw new IllegalArgumentException("a user name is 2 to 64 characters: a letter, then letters, digits, "
                    + "'.', '-' or '_'");
        }
        return candidate;
    }

    private static String requireText(String value, String what, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        String trimmed = value.trim();
        if (trimmed.length() > maxLength) {
            throw new IllegalArgumentException(what + " is longer than " + maxLength + " characters");
        }
        return trimmed;
    }

    /**
     * Checks a password and records the attempt. A locked account stays locked whatever the password until the lock
     * lapses, so that guessing cannot continue after the threshold. A disabled account says so only to whoever gives
     * its password: to anyone else it answers as a wrong password does, and tells nothing of the account.
     */
    public SignInOutcome signIn(char[] password, Instant now, Duration inactivityLimit) {
        if (isLocked() && now.isBefore(lockedAt.plus(LOCK_DURATION))) {
            return SignInOutcome.LOCKED;
        }
        // checked for a directory's account too, which never matches, so the answer takes as long
        boolean right = PasswordHash.fromEncoded(passwordHash).matches(password);
        return signIn(right && !managedByDirectory(), now, inactivityLimit);
    }

    /**
     * A sign-in whose password the city directory checked (IA-2): the same lock, lockout count, disabling and
     * inactivity as for a password kept here. The directory's group membership is taken first
     * ({@link #followDirectory}).
     */
    public SignInOutcome signInVerifiedByDirectory(boolean passwordRight, Instant now, Duration inactivityLimit) {
        if (!managedByDirectory()) {
            throw new IllegalStateException(username + " signs in with a password kept here");
        }
        if (isLocked() && now.isBefore(lockedAt.plus(LOCK_DURATION))) {
            return SignInOutcome.LOCKED;
        }
        return signIn(passwordRight, now, inactivityLimit);
    }

    private SignInOutcome signIn(boolean passwordRight, Instant now, Duration inactivityLimit) {
        if (isLocked()) {
            unlock(); // the lock has lapsed
        }
        if (passwordRight) {
            if (enabled && inactiveFor(inactivityLimit, now)) {
                enabled = false; // AC-2, whether or not the nightly sweep has come by yet
                return SignInOutcome.INACTIVE;
            }
            if (!enabled) {
                return SignInOutcome.DISABLED;
            }
            failedSignIns = 0;
            failureWindowStart = null;
            lastSignedInAt = now;
            return SignInOutcome.SIGNED_IN;
        }
        return failed(now);
    }

    /** One more failure in the lockout window (AC-7), which may lock the account. */
    private SignInOutcome failed(Instant now) {
        if (failureWindowStart == null || Duration.between(failureWindowStart, now).compareTo(LOCKOUT_WINDOW) > 0) {
            failureWindowStart = now;
            failedSignIns = 0;
        }
        failedSignIns++;
        if (failedSignIns >= LOCKOUT_THRESHOLD) {
            lockedAt = now;
            return SignInOutcome.LOCKED;
        }
        return SignInOutcome.WRONG_CREDENTIALS;
    }

    public void unlock() {
        lockedAt = null;
        failedSignIns = 0;
        failureWindowStart = null;
    }

    public void disable() {
        enabled = false;
    }

    public void enable(Instant now) {
        enabled = true;
        enabledAt = now;
    }

    /**
     * AC-2: true when nobody has signed in to this enabled account for the limit, counted from its last sign-in, or
     * from its creation or last enabling when that is later.
     */
    public boolean inactiveFor(Duration limit, Instant now) {
        Instant lastActive = createdAt;
        for (Instant moment : new Instant[] {lastSignedInAt, enabledAt}) {
            if (moment != null && moment.isAfter(lastActive)) {
                lastActive = moment;
            }
        }
        return enabled && lastActive.plus(limit).isBefore(now);
    }

    /** Disables the account when it has been inactive for the limit; true when it did. */
    public boolean disableIfInactive(Duration limit, Instant now) {
        if (!inactiveFor(limit, now)) {
            return false;
        }
        enabled = false;
        return true;
    }

    /** Whether this is the account's password, without counting as a sign-in. */
    public boolean hasPassword(char[] password) {
        return PasswordHash.fromEncoded(passwordHash).matches(password);
    }

    /** The owner's own change: the password is theirs alone again. */
    public void changePassword(PasswordHash newPassword, Instant now) {
        requireLocalPassword();
        this.passwordHash = Objects.requireNonNull(newPassword, "password").encoded();
        this.passwordChangeRequired = false;
        this.passwordChangedAt = now;
    }

    /** An administrator's reset: the new password works once the owner has replaced it with one of their own. */
    public void resetPassword(PasswordHash temporaryPassword, Instant now) {
        requireLocalPassword();
        changePassword(temporaryPassword, now);
        this.passwordChangeRequired = true;
        unlock();
    }

    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    public Instant passwordChangedAt() {
        return passwordChangedAt;
    }

    public boolean secondFactorEnrolled() {
        return mfaSecret != null;
    }

    /** Starts (or starts again) an enrolment: the secret counts once a code from it is confirmed. */
    public void beginSecondFactor(String secret) {
        mfaPendingSecret = Objects.requireNonNull(secret, "secret");
    }

    public Optional<String> pendingSecondFactor() {
        return Optional.ofNullable(mfaPendingSecret);
    }

    /**
     * Confirms the enrolment with a code from the app, proving it holds the secret; the recovery codes' digests
     * replace any earlier ones. False when the code is wrong or no enrolment was started.
     */
    public boolean confirmSecondFactor(String code, Instant now, List<String> recoveryDigests) {
        if (mfaPendingSecret == null) {
            return false;
        }
        OptionalLong step = TimeBasedCodes.verify(mfaPendingSecret, code, now, 0);
        if (step.isEmpty()) {
            return false;
        }
        mfaSecret = mfaPendingSecret;
        mfaPendingSecret = null;
        mfaLastStep = step.getAsLong();
        mfaRecoveryDigests = String.join(",", recoveryDigests);
        return true;
    }

    /**
     * Checks the second factor after the right password: a current code from the app, once, or an unused recovery
     * code, which is then gone. A wrong one counts as a failed sign-in (AC-7).
     */
    public SignInOutcome secondFactor(String code, Instant now) {
        OptionalLong step = TimeBasedCodes.verify(mfaSecret, code, now, mfaLastStep);
        if (step.isPresent()) {
            mfaLastStep = step.getAsLong();
            return SignInOutcome.SIGNED_IN;
        }
        String digest = RecoveryCodes.digest(code);
        List<String> unused = new ArrayList<>(mfaRecoveryDigests == null || mfaRecoveryDigests.isEmpty()
                ? List.of() : List.of(mfaRecoveryDigests.split(",")));
        if (code != null && !code.isBlank() && unused.remove(digest)) {
            mfaRecoveryDigests = String.join(",", unused);
            return SignInOutcome.SIGNED_IN_WITH_RECOVERY_CODE;
        }
        return failed(now);
    }

    public int unusedRecoveryCodes() {
        return mfaRecoveryDigests == null || mfaRecoveryDigests.isEmpty() ? 0 : mfaRecoveryDigests.split(",").length;
    }

    /** An administrator's reset: the user signs in with the password alone until they enrol again. */
    public void resetSecondFactor() {
        mfaSecret = null;
        mfaPendingSecret = null;
        mfaLastStep = 0;
        mfaRecoveryDigests = null;
    }

    public void assignRoles(Set<Role> newRoles) {
        if (managedByDirectory()) {
            throw new IllegalStateException("the roles of " + username + " follow its groups in the city directory");
        }
        roles.clear();
        roles.addAll(newRoles);
    }

    /**
     * An account of a person in the city directory, made at their first sign-in: its password is the directory's
     * (the one kept here is random and never checked), its roles follow the directory's groups, and its training
     * records, lockout, second factor and audit trail are kept here like any other account's.
     */
    public static UserAccount fromDirectory(String username, String displayName, String directoryEntry,
                                            Set<Role> roles, Instant now) {
        UserAccount account = new UserAccount(username, directoryDisplayName(displayName, username),
                PasswordHash.unusable(), roles, now);
        account.directoryEntry = requireText(directoryEntry, "directory entry", DIRECTORY_ENTRY_MAX_LENGTH);
        return account;
    }

    public boolean managedByDirectory() {
        return directoryEntry != null;
    }

    public String directoryEntry() {
        return directoryEntry;
    }

    /**
     * Takes the name and the roles the directory gives at a sign-in; answers whether the roles changed, which the
     * caller records.
     */
    public boolean followDirectory(String displayName, Set<Role> directoryRoles) {
        if (!managedByDirectory()) {
            throw new IllegalStateException(username + " is not an account of the city directory");
        }
        this.displayName = directoryDisplayName(displayName, username);
        if (roles.equals(directoryRoles)) {
            return false;
        }
        roles.clear();
        roles.addAll(directoryRoles);
        return true;
    }

    private static String directoryDisplayName(String displayName, String username) {
        String name = displayName == null || displayName.isBlank() ? username : displayName.strip();
        return name.length() > DISPLAY_NAME_MAX_LENGTH ? name.substring(0, DISPLAY_NAME_MAX_LENGTH) : name;
    }

    private void requireLocalPassword() {
        if (managedByDirectory()) {
            throw new IllegalStateException("the password of " + username + " is kept in the city directory");
        }
    }

    public TrainingRecord recordTraining(String course, LocalDate completedOn, LocalDate expiresOn,
                                         String recordedBy, Instant now) {
        TrainingRecord record = new TrainingRecord(requireText(course, "course", TrainingRecord.COURSE_MAX_LENGTH),
                completedOn, expiresOn, recordedBy, now);
        training.add(record);
        return record;
    }

    /**
     * What the user must do before the data functions open, in the order they are asked: replace a password an
     * administrator reset (IA-5), set up a second factor where the profile requires one (IA-2), have current
     * training (OD-AD2).
     */
    public AccountGate gate(LocalDate today, boolean secondFactorRequired) {
        if (passwordChangeRequired) {
            return AccountGate.PASSWORD_CHANGE_REQUIRED;
        }
        if (secondFactorRequired && !secondFactorEnrolled()) {
            return AccountGate.SECOND_FACTOR_ENROLMENT_REQUIRED;
        }
        return hasCurrentTraining(today) ? AccountGate.OPEN : AccountGate.TRAINING_REQUIRED;
    }

    /** OD-AD2: only a user with a training record that is current today may reach plate data. */
    public boolean hasCurrentTraining(LocalDate today) {
        return training.stream().anyMatch(t -> t.isCurrentOn(today));
    }

    /** The latest expiry among the records that are current today, if any. */
    public Optional<LocalDate> trainingValidUntil(LocalDate today) {
        return training.stream().filter(t -> t.isCurrentOn(today)).map(TrainingRecord::expiresOn)
                .max(Comparator.naturalOrder());
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean isLocked() {
        return lockedAt != null;
    }

    /** When a lock lapses on its own, or null when the account is not locked. */
    public Instant lockedUntil() {
        return lockedAt == null ? null : lockedAt.plus(LOCK_DURATION);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    public List<TrainingRecord> training() {
        return Collections.unmodifiableList(training);
    }

    public Instant lockedAt() {
        return lockedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastSignedInAt() {
        return lastSignedInAt;
    }
}
