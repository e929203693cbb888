package org.platekeeper.access.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.platekeeper.shared.domain.Role;
import org.platekeeper.access.domain.UserAccount;
import org.platekeeper.access.domain.UserAccountRepository;
import org.platekeeper.audit.domain.AuditOutcome;
import org.platekeeper.audit.domain.AuditableAction;
import org.platekeeper.policy.domain.PolicyProfile;
import org.platekeeper.shared.application.ConflictException;
import org.platekeeper.shared.application.InvalidRequestException;
import org.platekeeper.shared.application.UnknownItemException;

/** Users, roles and training records, kept by administrators (OD-AD1, OD-AD2). Every change is audited. */
@Stateless
@RolesAllowed(Role.Names.ADMINISTRATOR)
public class UserAdministration {

    @Inject
    Event<AccessRevoked> revoked;

    @Inject
    UserAccountRepository accounts;

    @Inject
    Event<AuditableAction> audit;

    @Inject
    PolicyProfile policy;

    @Inject
    Clock clock;

    @Inject
    ApiTokens apiTokens;

    @Resource
    SessionContext session;

    public List<UserView> users() {
        return accounts.all().stream().map(a -> UserView.of(a, today())).toList();
    }

    public UserView user(String username) {
        return UserView.of(existing(username), today());
    }

    public UserView create(@NotNull @Valid NewUser request) {
        UserAccount account;
        try {
            String username = UserAccount.normaliseUsername(request.username());
            account = new UserAccount(username, request.displayName(), AcceptablePassword.hashed(policy,
                    request.password().toCharArray(), username, request.displayName()), request.roles(),
                    Instant.now(clock));
        } catch (IllegalArgumentException invalid) {
            throw new InvalidRequestException(invalid.getMessage());
        }
        if (accounts.exists(account.username())) {
            throw new ConflictException("user name '" + account.username() + "' is already taken");
        }
        accounts.add(account);
        changed("USER_CREATED", account, "roles=" + account.roles());
        return UserView.of(account, today());
    }

    public UserView assignRoles(String username, @NotNull Set<Role> roles) {
        UserAccount account = existing(username);
        if (account.username().equals(caller()) && account.hasRole(Role.ADMINISTRATOR)
                && !roles.contains(Role.ADMINISTRATOR)) {
            throw new InvalidRequestException("administrators cannot remove their own administrator role");
        }
        if (account.managedByDirectory()) {
            throw new InvalidRequestException("the roles of " + account.username() + " follow the city directory's "
                    + "groups: change the membership there; it counts at the next sign-in");
        }
        Set<Role> before = account.roles();
        account.assignRoles(roles);
        changed("ROLES_ASSIGNED", account, "before=" + before + ", after=" + account.roles());
        if (!account.roles().containsAll(before)) {
            revoked.fire(new AccessRevoked(account.username(), "a role was taken away"));
        }
        return UserView.of(account, today());
    }

    public UserView recordTraining(String username, @NotNull @Valid TrainingCompletion training) {
        UserAccount account = existing(username);
        if (training.completedOn().isAfter(today())) {
            throw new InvalidRequestException("training cannot be completed in the future");
        }
        if (training.expiresOn().isBefore(training.completedOn())) {
            throw new InvalidRequestException("training cannot expire before it was completed");
        }
        account.recordTraining(training.course(), training.completedOn(), training.expiresOn(), caller(),
                Instant.now(clock));
        changed("TRAINING_RECORDED", account, "course=" + training.course() + ", completed="
                + training.completedOn() + ", expires=" + training.expiresOn());
        return UserView.of(account, today());
    }

    public UserView unlock(String username) {
        UserAccount account = existing(username);
        account.unlock();
        changed("ACCOUNT_UNLOCKED", account, null);
        return UserView.of(account, today());
    }

    public UserView disable(String username) {
        UserAccount account = existing(username);
        if (account.username().equals(caller())) {
            throw new InvalidRequestException("administrators cannot disable their own account");
        }
        account.disable();
        changed("ACCOUNT_DISABLED", account, null);
        apiTokens.revokeAllOf(account, "the account was disabled");
        revoked.fire(new AccessRevoked(account.username(), "the account was disabled"));
        return UserView.of(account, today());
    }

    public UserView enable(String username) {
        UserAccount account = existing(username);
        account.enable(Instant.now(clock));
        changed("ACCOUNT_ENABLED", account, null);
        return UserView.of(account, today());
    }

    /**
     * IA-5: sets a password the administrator passes on to the user, who must replace it at their next sign-in
     * before anything else; the user's open sessions end.
     */
    public UserView resetPassword(String username, @NotNull String temporaryPassword) {
        UserAccount account = existing(username);
        if (account.managedByDirectory()) {
            throw new InvalidRequestException("the password of " + account.username() + " is kept in the city "
                    + "directory: reset it there");
        }
        account.resetPassword(AcceptablePassword.hashed(policy, temporaryPassword.toCharArray(), account.username(),
                account.displayName()), Instant.now(clock));
        changed("PASSWORD_RESET", account, "the user must choose a new password at the next sign-in");
        apiTokens.revokeAllOf(account, "the password was reset");
        revoked.fire(new AccessRevoked(account.username(), "the password was reset"));
        return UserView.of(account, today());
    }

    /** IA-2: for a user who lost their authenticator and recovery codes; they sign in with the password and enrol again. */
    public UserView resetSecondFactor(String username) {
        UserAccount account = existing(username);
        account.resetSecondFactor();
        changed("SECOND_FACTOR_RESET", account, "the user enrols an authenticator again at the next sign-in");
        apiTokens.revokeAllOf(account, "the second factor was reset");
        revoked.fire(new AccessRevoked(account.username(), "the second factor was reset"));
        return UserView.of(account, today());
    }

    private UserAccount existing(String username) {
        return existing(accounts, username);
    }

    /** The account of a user name as typed (any case); an unknown or malformed one is answered as not found. */
    static UserAccount existing(UserAccountRepository accounts, String username) {
        String name;
        try {
            name = UserAccount.normaliseUsername(username);
        } catch (IllegalArgumentException notAName) {
            throw new UnknownItemException("user", String.valueOf(username));
        }
        return accounts.find(name).orElseThrow(() -> new UnknownItemException("user", name));
    }

    private void changed(String action, UserAccount account, String details) {
        audit.fire(AuditableAction.of(action, "user", account.username(), AuditOutcome.SUCCESS, details));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private java.time.LocalDate today() {
        return policy.today(clock);
    }
}
