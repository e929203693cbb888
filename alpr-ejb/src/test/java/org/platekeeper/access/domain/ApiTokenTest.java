package org.platekeeper.access.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.platekeeper.shared.domain.BearerSecret;
import org.platekeeper.shared.domain.Role;

class ApiTokenTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    private final UserAccount owner = new UserAccount("det.ruiz", "Dana Ruiz", PasswordHash.of("a long enough passphrase".toCharArray(), 1_000),
            EnumSet.of(Role.INVESTIGATOR), NOW);

    @Test
    @DisplayName("IA-2 a token is a random secret behind its own prefix, kept only as its SHA-256, and lasts as long as asked")
    void issued() {
        ApiToken.Issued first = ApiToken.issue(owner, "  nightly export ", Duration.ofDays(30), NOW);
        ApiToken.Issued second = ApiToken.issue(owner, "nightly export", Duration.ofDays(30), NOW);
        assertThat(first.secret()).startsWith(ApiToken.PREFIX).isNotEqualTo(second.secret());
        assertThat(ApiToken.looksLikeOne(first.secret())).isTrue();
        assertThat(ApiToken.looksLikeOne("pk_camera-token")).isFalse();
        assertThat(first.token().label()).isEqualTo("nightly export");
        assertThat(first.token().expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(30)));
        assertThat(first.toString()).doesNotContain(first.secret());
        assertThat(BearerSecret.hashOf(first.secret())).hasSize(64);
    }

    @Test
    @DisplayName("IA-2 a token needs a label and lasts from a day to a year")
    void refused() {
        assertThatThrownBy(() -> ApiToken.issue(owner, " ", Duration.ofDays(1), NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("label");
        assertThatThrownBy(() -> ApiToken.issue(owner, "x".repeat(81), Duration.ofDays(1), NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ApiToken.issue(owner, "export", Duration.ZERO, NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("365");
        assertThatThrownBy(() -> ApiToken.issue(owner, "export", Duration.ofDays(366), NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("IA-2 a token works until it expires or is revoked, and a revocation is final")
    void lifetime() {
        ApiToken token = ApiToken.issue(owner, "export", Duration.ofDays(1), NOW).token();
        assertThat(token.usableAt(NOW.plus(Duration.ofHours(23)))).isTrue();
        assertThat(token.usableAt(NOW.plus(Duration.ofDays(1)))).isFalse();
        assertThat(token.revoke("admin", NOW.plusSeconds(60))).isTrue();
        assertThat(token.revoke("det.ruiz", NOW.plusSeconds(120))).as("already revoked").isFalse();
        assertThat(token.revokedBy()).isEqualTo("admin");
        assertThat(token.usableAt(NOW.plusSeconds(61))).isFalse();
    }

    @Test
    @DisplayName("AU-2 a use is written down once in five minutes, so the sign-in it stands for is recorded that often")
    void useRecordedNowAndThen() {
        ApiToken token = ApiToken.issue(owner, "export", Duration.ofDays(1), NOW).token();
        assertThat(token.used(NOW)).isTrue();
        assertThat(token.used(NOW.plusSeconds(299))).isFalse();
        assertThat(token.lastUsedAt()).isEqualTo(NOW);
        assertThat(token.used(NOW.plusSeconds(300))).isTrue();
        assertThat(token.lastUsedAt()).isEqualTo(NOW.plusSeconds(300));
    }
}
