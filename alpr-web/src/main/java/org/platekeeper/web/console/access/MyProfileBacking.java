package org.platekeeper.web.console.access;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.platekeeper.access.application.MyAccount;
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
