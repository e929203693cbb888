package org.platekeeper.web.security;

import java.io.Serializable;

/** Who signed in to this console session. Roles are read afresh on every request, never cached here. */
record SignedInUser(String username) implements Serializable {

    static final String SESSION_KEY = SignedInUser.class.getName();
}
