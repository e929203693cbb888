package org.platekeeper.web.api.access;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An administrator's reset: a password the user must replace at their next sign-in (IA-5). */
public record PasswordReset(@NotNull @Size(max = 200) String temporaryPassword) {

    @Override
    public String toString() {
        return "PasswordReset[…]"; // never the password
    }
}
