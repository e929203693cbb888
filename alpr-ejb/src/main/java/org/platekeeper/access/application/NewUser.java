package org.platekeeper.access.application;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.platekeeper.access.domain.PasswordHash;
import org.platekeeper.shared.domain.Role;
import org.platekeeper.access.domain.UserAccount;

/** What an administrator gives to create a user. */
public record NewUser(
        @NotBlank @Size(max = UserAccount.USERNAME_MAX_LENGTH) String username,
        @NotBlank @Size(max = UserAccount.DISPLAY_NAME_MAX_LENGTH) String displayName,
        @NotNull @Size(min = PasswordHash.MINIMUM_PASSWORD_LENGTH, max = 200) String password,
        @NotNull Set<Role> roles) {

    @Override
    public String toString() {
        return "NewUser[" + username + ", roles=" + roles + "]"; // never the password
    }
}
