package org.platekeeper.access.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("One-time codes")
class TimeBasedCodesTest {

    /** RFC 6238 appendix B's SHA-1 key. */
    private static final String RFC_SECRET = new Base32().encodeAsString(
            "12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    @DisplayName("IA-2 codes are RFC 6238's test vectors (their last six digits)")
    void rfcVectors() {
        assertThat(TimeBasedCodes.code(RFC_SECRET, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(TimeBasedCodes.code(RFC_SECRET, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
        assertThat(TimeBasedCodes.code(RFC_SECRET, Instant.ofEpochSecond(1111111111))).isEqualTo("050471");
        assertThat(TimeBasedCodes.code(RFC_SECRET, Instant.ofEpochSecond(1234567890))).isEqualTo("005924");
        assertThat(TimeBasedCodes.code(RFC_SECRET, Instant.ofEpochSecond(2000000000))).isEqualTo("279037");
    }

    @Test
    @DisplayName("IA-2 a code counts one step either side of now, and each step once")
    void windowAndReplay() {
        String secret = TimeBasedCodes.newSecret();
        Instant now = Instant.parse("2026-12-01T12:00:15Z");
        String current = TimeBasedCodes.code(secret, now);
        long step = now.getEpochSecond() / 30;
        assertThat(TimeBasedCodes.verify(secret, current, now, 0)).hasValue(step);
        assertThat(TimeBasedCodes.verify(secret, current, now, step)).as("used once already").isEmpty();
        assertThat(TimeBasedCodes.verify(secret, TimeBasedCodes.code(secret, now.minusSeconds(30)), now, 0))
                .hasValue(step - 1);
        assertThat(TimeBasedCodes.verify(secret, TimeBasedCodes.code(secret, now.minusSeconds(90)), now, 0))
                .as("three steps old").isEmpty();
        assertThat(TimeBasedCodes.verify(secret, "12345", now, 0)).isEmpty();
        assertThat(TimeBasedCodes.verify(secret, null, now, 0)).isEmpty();
        assertThat(TimeBasedCodes.uri("Odessa PD Platekeeper", "pat.jones", secret))
                .startsWith("otpauth://totp/Odessa%20PD%20Platekeeper:pat.jones?secret=" + secret);
    }
}
