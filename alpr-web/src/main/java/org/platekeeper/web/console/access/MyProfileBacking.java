package org.platekeeper.web.console.access;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.platekeeper.access.application.MyAccount;
import org.platekeeper.access.application.SecondFactorEnrolment;
import org.platekeeper.access.application.UserView;
import org.platekeeper.shared.application.InvalidRequestException;
import org.platekeeper.web.console.shell.ConsoleActions;

/** The signed-in user's roles and training status, and the change of their password. */
@Named
@RequestScoped
public class MyProfileBacking {

    @Inject
    MyAccount account;

    private UserView me;
    private String currentPassword;
    private String newPassword;
    private SecondFactorEnrolment enrolment;
    private String code;
    private List<String> recoveryCodes;

    @PostConstruct
    void load() {
        me = account.me();
    }

    public UserView getMe() {
        return me;
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
