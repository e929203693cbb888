package org.platekeeper.web.api.access;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A user's change of their own password (IA-5). */
public record PasswordChange(@NotNull @Size(max = 200) String currentPassword,
                             @NotNull @Size(max = 200) String newPassword) {

    @Override
    public String toString() {
        return "PasswordChange[…]"; // never the passwords
    }
}
