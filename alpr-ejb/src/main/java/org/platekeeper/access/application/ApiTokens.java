package org.platekeeper.access.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.platekeeper.access.domain.AccountGate;
import org.platekeeper.access.domain.ApiToken;
import org.platekeeper.access.domain.ApiTokenRepository;
import org.platekeeper.access.domain.UserAccount;
import org.platekeeper.access.domain.UserAccountRepository;
import org.platekeeper.audit.domain.AuditOutcome;
import org.platekeeper.audit.domain.AuditableAction;
import org.platekeeper.shared.application.InvalidRequestException;
import org.platekeeper.shared.application.UnknownItemException;
import org.platekeeper.shared.domain.BearerSecret;
import org.platekeeper.shared.domain.Role;

/**
 * Personal API tokens (IA-2): a user issues them for their own scripts from a signed-in session, which has passed
 * the second factor, sees them listed with their last use, and revokes them; an administrator can revoke any, and
 * does so for all of a user's when disabling the account or resetting its password or second factor. Issuing,
 * revoking and the first use of a token in a while are audit events.
 */
@Stateless
@PermitAll
public class ApiTokens {

    /** More would be a token per script run, which nobody would review. */
    public static final int MOST_ACTIVE_PER_USER = 10;
    public static final int DEFAULT_LIFETIME_DAYS = 90;
    public static final int LABEL_MAX_LENGTH = ApiToken.LABEL_MAX_LENGTH;

    /** True for what looks like a personal token, which the authentication sends here and not to the cameras. */
    public static boolean isPersonalToken(String bearer) {
        return ApiToken.looksLikeOne(bearer);
    }

    @Inject
    ApiTokenRepository tokens;

    @Inject
    UserAccountRepository accounts;

    @Inject
    MyAccount myAccount;

    @Inject
    DirectoryMembership membership;

    @Inject
    Event<AuditableAction> audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** A new token for the caller; its secret is in the answer and nowhere else. */
    public IssuedApiToken issue(String label, Integer lifetimeDays) {
        UserAccount owner = caller();
        AccountGate gate = myAccount.gate(owner.username());
        if (gate != AccountGate.OPEN) {
            // the profile page is open to such a user; the token would open nothing, but is not issued either
            throw new InvalidRequestException("a token can be issued once your data functions are open: " + switch (gate) {
                case PASSWORD_CHANGE_REQUIRED -> "choose a new password first";
                case SECOND_FACTOR_ENROLMENT_REQUIRED -> "set up two-step sign-in first";
                default -> "your training is not current";
            });
        }
        Instant now = Instant.now(clock);
        long active = tokens.of(owner).stream().filter(t -> t.usableAt(now)).count();
        if (active >= MOST_ACTIVE_PER_USER) {
            throw new InvalidRequestException("you have " + active + " tokens in use, the most there may be: revoke "
                    + "one you no longer need first");
        }
        ApiToken.Issued issued;
        try {
            issued = ApiToken.issue(owner, label,
                    Duration.ofDays(lifetimeDays == null ? DEFAULT_LIFETIME_DAYS : lifetimeDays), now);
        } catch (IllegalArgumentException wrong) {
            throw new InvalidRequestException(wrong.getMessage());
        }
        tokens.add(issued.token());
        record("API_TOKEN_ISSUED", issued.token(), AuditOutcome.SUCCESS,
                "label=" + issued.token().label() + ", expires=" + issued.token().expiresAt());
        return new IssuedApiToken(ApiTokenView.of(issued.token(), now), issued.secret());
    }

    public List<ApiTokenView> mine() {
        return viewsOf(caller());
    }

    /** The caller revokes one of their own tokens; another user's is unknown to them. */
    public ApiTokenView revokeMine(UUID id) {
        return revoke(tokenOf(caller(), id), "revoked by its owner");
    }

    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public List<ApiTokenView> of(String username) {
        return viewsOf(existing(username));
    }

    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public ApiTokenView revoke(String username, UUID id) {
        return revoke(tokenOf(existing(username), id), "revoked by an administrator");
    }

    /** Every token of the account that still works stops working; for the administrator's changes to it. */
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public int revokeAllOf(UserAccount owner, String why) {
        Instant now = Instant.now(clock);
        int revoked = 0;
        for (ApiToken token : tokens.of(owner)) {
            if (token.usableAt(now) && token.revoke(callerName(), now)) {
                record("API_TOKEN_REVOKED", token, AuditOutcome.SUCCESS, "label=" + token.label() + ", " + why);
                revoked++;
            }
        }
        return revoked;
    }

    /**
     * The owner's user name for a token that works now: not revoked, not expired. Whether the owner may still sign
     * in, and with which roles, the caller asks the account, as for a password.
     */
    public Optional<String> authenticate(String secret) {
        if (!ApiToken.looksLikeOne(secret)) {
            return Optional.empty();
        }
        Instant now = Instant.now(clock);
        Optional<ApiToken> token = tokens.byHash(BearerSecret.hashOf(secret)).filter(t -> t.usableAt(now));
        token.filter(t -> t.used(now)).ifPresent(t -> {
            // a script signs in without the directory's password: its groups are looked at here instead
            membership.refresh(t.owner());
            audit.fire(AuditableAction.of("SIGN_IN", "user", t.owner().username(), AuditOutcome.SUCCESS,
                    "channel=api-token, label=" + t.label() + ", outcome=SIGNED_IN").by(t.owner().username()));
        });
        return token.map(t -> t.owner().username());
    }

    private ApiTokenView revoke(ApiToken token, String why) {
        Instant now = Instant.now(clock);
        if (token.revoke(callerName(), now)) {
            record("API_TOKEN_REVOKED", token, AuditOutcome.SUCCESS, "label=" + token.label() + ", " + why);
        }
        return ApiTokenView.of(token, now);
    }

    private List<ApiTokenView> viewsOf(UserAccount owner) {
        Instant now = Instant.now(clock);
        return tokens.of(owner).stream().map(t -> ApiTokenView.of(t, now)).toList();
    }

    private void record(String action, ApiToken token, AuditOutcome outcome, String details) {
        audit.fire(AuditableAction.of(action, "api token", token.id() + " of " + token.owner().username(), outcome,
                details));
    }

    private UserAccount caller() {
        String name = callerName();
        return accounts.find(name).orElseThrow(() -> new UnknownItemException("user", name));
    }

    private String callerName() {
        return session.getCallerPrincipal().getName();
    }

    private UserAccount existing(String username) {
        return UserAdministration.existing(accounts, username);
    }

    /** One of the owner's tokens; another's is unknown to them. */
    private ApiToken tokenOf(UserAccount owner, UUID id) {
        return tokens.find(id).filter(t -> t.owner().username().equals(owner.username()))
                .orElseThrow(() -> new UnknownItemException("API token", String.valueOf(id)));
    }
}
