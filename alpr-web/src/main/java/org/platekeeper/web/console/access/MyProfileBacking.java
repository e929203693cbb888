package org.platekeeper.web.console.access;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.platekeeper.access.application.ApiTokenView;
import org.platekeeper.access.application.ApiTokens;
import org.platekeeper.access.application.IssuedApiToken;
import org.platekeeper.access.application.MyAccount;
import org.platekeeper.access.application.SecondFactorEnrolment;
import org.platekeeper.access.application.UserView;
import org.platekeeper.shared.application.InvalidRequestException;
import org.platekeeper.web.console.shell.ConsoleActions;

/**
 * The signed-in user's roles and training status, the change of their password, two-step sign-in and their
 * personal API tokens.
 */
@Named
@RequestScoped
public class MyProfileBacking {

    @Inject
    MyAccount account;

    @Inject
    ApiTokens apiTokens;

    private UserView me;
    private String currentPassword;
    private String newPassword;
    private SecondFactorEnrolment enrolment;
    private String code;
    private List<String> recoveryCodes;
    private List<ApiTokenView> tokens;
    private String tokenLabel;
    private Integer tokenLifetimeDays = ApiTokens.DEFAULT_LIFETIME_DAYS;
    private IssuedApiToken issuedToken;

    @PostConstruct
    void load() {
        me = account.me();
    }

    public UserView getMe() {
        return me;
    }

    /** IA-2: the secret is on this answer's page only; the list shows the token without it from now on. */
    public void issueApiToken() {
        issuedToken = ConsoleActions.perform(() -> apiTokens.issue(tokenLabel, tokenLifetimeDays),
                "Token issued: copy it now, it is not shown again");
        if (issuedToken != null) {
            tokenLabel = null;
            tokens = null;
        }
    }

    public void revokeApiToken(UUID id) {
        if (ConsoleActions.perform(() -> apiTokens.revokeMine(id), "Token revoked") != null) {
            tokens = null;
        }
    }

    /** Tokens are issued once the data functions are open to the user (the service checks it too). */
    public boolean isDataFunctionsOpen() {
        return account.mayUseDataFunctions(me.username());
    }

    public List<ApiTokenView> getApiTokens() {
        if (tokens == null) {
            tokens = apiTokens.mine();
        }
        return tokens;
    }

    public IssuedApiToken getIssuedToken() {
        return issuedToken;
    }

    public String getTokenLabel() {
        return tokenLabel;
    }

    public void setTokenLabel(String tokenLabel) {
        this.tokenLabel = tokenLabel;
    }

    public Integer getTokenLifetimeDays() {
        return tokenLifetimeDays;
    }

    public void setTokenLifetimeDays(Integer tokenLifetimeDays) {
        this.tokenLifetimeDays = tokenLifetimeDays;
    }

    /** IA-5: back to the profile with a fresh view, so a cleared demand lifts the page's warning too. */
    public String changePassword() {
        Boolean changed = ConsoleActions.perform(() -> {
            if (!account.changePassword(currentPassword.toCharArray(), newPassword.toCharArray())) {
                throw new InvalidRequestException("The current password is not right.");
            }
            return Boolean.TRUE;
        }, "Password changed");
        currentPassword = null;
        newPassword = null;
        if (changed == null) {
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/console/access/me.xhtml?faces-redirect=true";
    }

    /** IA-2: a new secret for the authenticator app, shown as a QR code and as text until confirmed. */
    public void beginSecondFactor() {
        enrolment = ConsoleActions.perform(account::beginSecondFactor, null);
    }

    public void confirmSecondFactor() {
        recoveryCodes = ConsoleActions.perform(() -> account.confirmSecondFactor(code).orElseThrow(
                () -> new InvalidRequestException("The code does not match. Type the code the app shows now.")),
                "Two-step sign-in is on");
        code = null;
        if (recoveryCodes != null) {
            me = account.me();
        }
    }

    public SecondFactorEnrolment getEnrolment() {
        return enrolment;
    }

    public String getEnrolmentQrCode() {
        return enrolment == null ? null : QrCode.svg(enrolment.uri());
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
