package org.platekeeper.web.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.annotation.Metric;

import org.platekeeper.access.application.ApiTokens;
import org.platekeeper.access.application.MyAccount;
import org.platekeeper.access.application.SignInResult;
import org.platekeeper.access.application.SignInService;
import org.platekeeper.cameras.application.CameraAuthentication;
import org.platekeeper.shared.application.RequestOrigin;
import org.platekeeper.shared.domain.Role;
import org.platekeeper.sharing.application.PartnerAuthentication;
import org.platekeeper.web.api.shared.DatabaseOutage;

/**
 * One mechanism for every door: HTTP Basic for the REST API (each request carries its credentials, no session is
 * created), a form sign-in for the console (the session remembers who signed in), and bearer tokens, each accepted
 * only at its own door: a camera's for ingest, a partner agency's for the partner API, a user's personal token for
 * the rest of the API. A
 * person's roles come from the database on every request, so a role taken away or an account locked takes effect
 * at once.
 */
@ApplicationScoped
public class PlatekeeperAuthentication implements HttpAuthenticationMechanism {

    public static final String SIGN_IN_RESULT = PlatekeeperAuthentication.class.getName() + ".result";
    /** The request attribute the sign-in form puts the second factor in (IA-2). */
    public static final String SECOND_FACTOR = PlatekeeperAuthentication.class.getName() + ".secondFactor";
    private static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    SignInService signIn;

    @Inject
    MyAccount accounts;

    @Inject
    RequestOrigin origin;

    @Inject
    CameraAuthentication cameraTokens;

    @Inject
    PartnerAuthentication partnerTokens;

    @Inject
    ApiTokens apiTokens;

    @Inject
    VerifiedCredentials verifiedCredentials;

    @Inject
    TransportSecurity transport;

    @Inject
    @Metric(name = "platekeeper_camera_requests_refused_total",
            description = "Requests with a camera token that is unknown or revoked")
    Counter refusedCameraRequests;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        try {
            return authenticate(request, response, context);
        } catch (RuntimeException failed) {
            if (!DatabaseOutage.causedBy(failed)) {
                throw failed;
            }
            // accounts, tokens and cameras live in the database: without it nobody can be recognised
            return ServerErrorPage.databaseUnavailable(request, response);
        }
    }

    private AuthenticationStatus authenticate(HttpServletRequest request, HttpServletResponse response,
                                              HttpMessageContext context) {
        origin.clientAddress(request.getRemoteAddr());
        if (!transport.admit(request, response)) {
            return AuthenticationStatus.SEND_CONTINUE; // answered: sent to HTTPS, or refused
        }

        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(authorization.substring(6).trim(), response, context);
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = authorization.substring(7).trim();
            if (ApiTokens.isPersonalToken(token)) {
                return personal(token, request, response, context);
            }
            return PartnerAuthentication.isPartnerCredential(token) ? partner(token, request, response, context)
                    : camera(token, request, response, context);
        }
        if (context.isAuthenticationRequest()
                && context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential credential) {
            return consoleSignIn(credential, request, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SignedInUser.SESSION_KEY) instanceof SignedInUser user) {
            Optional<Set<Role>> roles = accounts.activeRoles(user.username());
            if (roles.isPresent()) {
                return context.notifyContainerAboutLogin(user.username(), names(roles.get()));
            }
            session.invalidate(); // disabled or locked since signing in
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (ApiPaths.isApi(request)) {
            return ApiPaths.unauthorized(response, "sign in with HTTP Basic credentials");
        }
        return context.redirect(request.getContextPath() + LOGIN_PAGE);
    }

    private AuthenticationStatus basic(String encoded, HttpServletResponse response, HttpMessageContext context) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            decoded = "";
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return ApiPaths.unauthorized(response, "the Authorization header is not valid HTTP Basic");
        }
        String username = decoded.substring(0, colon);
        String password = decoded.substring(colon + 1);
        Optional<VerifiedCredentials.Verified> recalled = verifiedCredentials.recall(username, password);
        if (recalled.isPresent()) {
            Optional<Set<Role>> roles = accounts.activeRoles(recalled.get().username(), recalled.get().at());
            if (roles.isPresent()) {
                return context.notifyContainerAboutLogin(recalled.get().username(), names(roles.get()));
            }
            verifiedCredentials.forget(username, password); // locked, disabled or a new password since
        }
        SignInResult result = signIn.signIn(username, password.toCharArray(), "api");
        if (result.signedIn()) {
            verifiedCredentials.remember(username, password, result.username());
        }
        if (!result.signedIn()) {
            // one answer for an unknown name, a wrong password, a locked account and a throttled address (AC-7)
            return ApiPaths.unauthorized(response, switch (result.outcome()) {
                case DISABLED -> "the account is disabled";
                case INACTIVE -> INACTIVE_ACCOUNT;
                case DIRECTORY_UNAVAILABLE -> "the city directory, which checks this password, does not answer; "
                        + "try again in a moment";
                case NO_DIRECTORY_ROLE -> "the city directory puts you in none of Platekeeper's groups";
                case SECOND_FACTOR_REQUIRED -> "this account signs in with a second factor (IA-2): for a script, "
                        + "issue a personal API token under My profile and send it as Authorization: Bearer";
                default -> WRONG_CREDENTIALS;
            });
        }
        return context.notifyContainerAboutLogin(result.username(), names(result.roles()));
    }

    /** What the right password of an account disabled for disuse is told (AC-2). */
    public static final String INACTIVE_ACCOUNT = "the account was disabled because nobody had signed in to it "
            + "for a long time; an administrator can enable it";

    /** What every refused sign-in but a disabled account's is told. */
    public static final String WRONG_CREDENTIALS = "wrong user name or password; after repeated failures, sign-in "
            + "is refused for a while";

    /** OD-P3: only registered, active cameras send reads, and a camera's token opens nothing else. */
    private AuthenticationStatus camera(String token, HttpServletRequest request, HttpServletResponse response,
                                        HttpMessageContext context) {
        if (!ApiPaths.isIngest(request)) {
            return ApiPaths.unauthorized(response, "a camera token is accepted only for sending reads to "
                    + ApiPaths.INGEST + " (OD-P3)");
        }
        Optional<String> camera = cameraTokens.authenticate(token);
        if (camera.isEmpty()) {
            refusedCameraRequests.inc();
            return ApiPaths.unauthorized(response, "unknown or revoked camera token (OD-P3)");
        }
        return context.notifyContainerAboutLogin(camera.get(), Set.of(Role.Names.CAMERA));
    }

    /**
     * OD-R3, PC-D1: a partner agency's credential opens the partner API and nothing else: elsewhere it does not
     * authenticate at all, like a wrong password, so no page that admits any signed-in caller admits it. Whether its
     * agreement allows a request is the partner service's to decide, so a refusal is answered with its reason and
     * logged.
     */
    private AuthenticationStatus partner(String token, HttpServletRequest request, HttpServletResponse response,
                                         HttpMessageContext context) {
        if (!ApiPaths.isPartnerApi(request)) {
            return ApiPaths.unauthorized(response, "a partner credential is accepted only by the partner API at "
                    + ApiPaths.PARTNER_API + " (OD-R3)");
        }
        Optional<String> partner = partnerTokens.authenticate(token);
        if (partner.isEmpty()) {
            return ApiPaths.unauthorized(response, "unknown or revoked partner credential (OD-R3)");
        }
        return context.notifyContainerAboutLogin(partner.get(), Set.of(Role.Names.PARTNER));
    }

    /**
     * IA-2: a user's personal API token signs in as its owner, with the owner's roles of the moment, at the API and
     * nowhere else: not at the console, and not at the doors of cameras and partners, whose roles a person never has.
     */
    private AuthenticationStatus personal(String token, HttpServletRequest request, HttpServletResponse response,
                                          HttpMessageContext context) {
        if (!ApiPaths.isApi(request) || ApiPaths.isIngest(request) || ApiPaths.isPartnerApi(request)) {
            return ApiPaths.unauthorized(response, "a personal API token is accepted only by the API at /api/v1");
        }
        Optional<String> owner = apiTokens.authenticate(token);
        Optional<Set<Role>> roles = owner.flatMap(accounts::activeRoles);
        if (roles.isEmpty()) {
            return ApiPaths.unauthorized(response, "unknown, expired or revoked API token, or its owner may not "
                    + "sign in");
        }
        return context.notifyContainerAboutLogin(owner.get(), names(roles.get()));
    }

    private AuthenticationStatus consoleSignIn(UsernamePasswordCredential credential, HttpServletRequest request,
                                               HttpMessageContext context) {
        Object secondFactor = request.getAttribute(SECOND_FACTOR);
        SignInResult result = signIn.signIn(credential.getCaller(), credential.getPassword().getValue(),
                secondFactor == null ? null : secondFactor.toString(), "console");
        request.setAttribute(SIGN_IN_RESULT, result);
        if (!result.signedIn()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        HttpSession session = request.getSession(true);
        request.changeSessionId(); // a new session id at sign-in defeats session fixation
        session.setAttribute(SignedInUser.SESSION_KEY, new SignedInUser(result.username()));
        return context.notifyContainerAboutLogin(result.username(), names(result.roles()));
    }

    private static Set<String> names(Set<Role> roles) {
        return roles.stream().map(Role::name).collect(Collectors.toSet());
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SignedInUser.SESSION_KEY);
        }
    }
}
