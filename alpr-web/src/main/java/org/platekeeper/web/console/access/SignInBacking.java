package org.platekeeper.web.console.access;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;

import org.platekeeper.access.application.SignInResult;
import org.platekeeper.web.security.PlatekeeperAuthentication;

/** The console's sign-in form; the checking itself is the authentication mechanism's. */
@Named
@RequestScoped
public class SignInBacking {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    @NotBlank
    private String username;

    @NotBlank
    private String password;

    /** The one-time code (or a recovery code) of an account with a second factor (IA-2); empty otherwise. */
    private String code;

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.setAttribute(PlatekeeperAuthentication.SECOND_FACTOR, code);
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, new Password(password))));
        password = null;
        code = null;
        switch (status) {
            case SUCCESS -> external.redirect(external.getRequestContextPath() + "/console/index.xhtml");
            case SEND_CONTINUE -> faces.responseComplete();
            default -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    refusal(request.getAttribute(PlatekeeperAuthentication.SIGN_IN_RESULT)), null));
        }
    }

    private static String refusal(Object result) {
        if (result instanceof SignInResult r) {
            // one answer for an unknown name, a wrong password, a locked account and a throttled address (AC-7)
            return switch (r.outcome()) {
                case DISABLED -> "This account is disabled.";
                case SECOND_FACTOR_REQUIRED -> "This account signs in in two steps: enter the six-digit code from "
                        + "your authenticator app (or a recovery code) with your password.";
                case INACTIVE -> "This account was disabled because nobody had signed in to it for a long time. "
                        + "An administrator can enable it.";
                case DIRECTORY_UNAVAILABLE -> "The city directory, which checks this password, does not answer. "
                        + "Try again in a moment; if it goes on, tell IT.";
                case NO_DIRECTORY_ROLE -> "The city directory puts you in none of Platekeeper's groups. Ask IT to "
                        + "add you to the group of your role.";
                default -> "Wrong user name or password. After repeated failures, sign-in is refused for a while.";
            };
        }
        return "Sign-in failed.";
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
