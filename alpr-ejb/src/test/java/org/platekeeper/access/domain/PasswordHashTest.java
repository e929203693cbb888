package org.platekeeper.access.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Password hashes")
class PasswordHashTest {

    @Test
    @DisplayName("A stored hash matches its password and nothing else")
    void matches() {
        PasswordHash hash = PasswordHash.fromEncoded(PasswordHash.of("s3cret-enough".toCharArray()).encoded());
        assertThat(hash.matches("s3cret-enough".toCharArray())).isTrue();
        assertThat(hash.matches("s3cret-enougH".toCharArray())).isFalse();
        assertThat(hash.matches(new char[0])).isFalse();
        assertThat(hash.matches(null)).isFalse();
    }

    @Test
    @DisplayName("Each hash has its own salt, and the password never appears in it")
    void salted() {
        String a = PasswordHash.of("same password".toCharArray(), 1_000).encoded();
        String b = PasswordHash.of("same password".toCharArray(), 1_000).encoded();
        assertThat(a).isNotEqualTo(b).startsWith("pbkdf2-sha256$1000$").doesNotContain("same password");
    }

    @Test
    @DisplayName("New hashes use at least 210,000 PBKDF2 iterations")
    void strength() {
        assertThat(PasswordHash.of("long enough!".toCharArray()).encoded()).startsWith("pbkdf2-sha256$210000$");
    }

    @Test
    @DisplayName("Short passwords are refused")
    void shortPassword() {
        assertThatThrownBy(() -> PasswordHash.of("short".toCharArray()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 10");
    }
}
