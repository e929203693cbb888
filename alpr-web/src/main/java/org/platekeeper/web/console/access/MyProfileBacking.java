package org.platekeeper.web.console.access;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.platekeeper.access.application.MyAccount;
import org.platekeeper.access.application.UserView;

/** The signed-in user's roles and training status. */
@Named
@RequestScoped
public class MyProfileBacking {

    @Inject
    MyAccount account;

    private UserView me;

    @PostConstruct
    void load() {
        me = account.me();
    }

    public UserView getMe() {
        return me;
    }
}
