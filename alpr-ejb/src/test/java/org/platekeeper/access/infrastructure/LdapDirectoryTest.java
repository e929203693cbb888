package org.platekeeper.access.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.platekeeper.access.domain.CityDirectory.Verdict;

class LdapDirectoryTest {

    private static LdapDirectory at(String url) {
        LdapDirectory directory = new LdapDirectory();
        directory.url = Optional.ofNullable(url);
        directory.bindDn = Optional.empty();
        directory.bindPassword = Optional.empty();
        directory.userBase = Optional.of("ou=people,dc=city,dc=test");
        directory.userFilter = "(uid={0})";
        directory.nameAttribute = "cn";
        directory.groupBase = Optional.of("ou=groups,dc=city,dc=test");
        directory.groupFilter = "(member={0})";
        directory.timeoutMilliseconds = 2000;
        return directory;
    }

    @Test
    @DisplayName("SC-8 passwords go to the directory over TLS (ldaps), or in plain LDAP to this machine only")
    void passwordsProtectedInTransit() {
        assertThat(LdapDirectory.protectedInTransit("ldaps://dc1.city.local:636")).isTrue();
        assertThat(LdapDirectory.protectedInTransit("ldap://127.0.0.1:3890")).isTrue();
        assertThat(LdapDirectory.protectedInTransit("ldap://localhost")).isTrue();
        assertThat(LdapDirectory.protectedInTransit("ldap://dc1.city.local:389")).isFalse();
        assertThat(LdapDirectory.protectedInTransit("http://127.0.0.1")).isFalse();
        assertThat(at("ldap://dc1.city.local:389").verify("jdoe", "a password".toCharArray()).verdict())
                .as("refused before any connection").isEqualTo(Verdict.UNAVAILABLE);
    }

    @Test
    @DisplayName("IA-2 an empty password is never sent, since LDAP takes it for an anonymous bind, which succeeds")
    void emptyPasswordNeverSent() {
        assertThat(at("ldap://127.0.0.1:1").verify("jdoe", new char[0]).verdict()).isEqualTo(Verdict.WRONG_PASSWORD);
    }

    @Test
    @DisplayName("IA-2 a directory that does not answer is told apart from a wrong password, and not configured means not asked")
    void unavailable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertThat(at("ldap://127.0.0.1:" + closedPort).verify("jdoe", "a password".toCharArray()).verdict())
                .isEqualTo(Verdict.UNAVAILABLE);
        assertThat(at(null).configured()).isFalse();
        assertThat(at(" ").configured()).isFalse();
        assertThat(at("ldap://127.0.0.1:3890").configured()).isTrue();
    }
}
