package org.platekeeper.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

    private Instant now = Instant.parse("2026-11-23T12:00:00Z");

    private VerifiedCredentials credentials() {
        VerifiedCredentials credentials = new VerifiedCredentials();
        credentials.clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        credentials.rememberSeconds = 60;
        return credentials;
    }

    @Test
    @DisplayName("verified credentials are recalled for a minute, for that exact password only")
    void rememberedForAMinute() {
        VerifiedCredentials credentials = credentials();
        credentials.remember("Officer", "s3cret", "officer");
        assertThat(credentials.recall("Officer", "s3cret")).map(VerifiedCredentials.Verified::username)
                .contains("officer");
        assertThat(credentials.recall("Officer", "s3cret")).map(VerifiedCredentials.Verified::at).as("when checked")
                .contains(now);
        assertThat(credentials.recall("Officer", "s3cret!")).isEmpty();
        assertThat(credentials.recall("officer2", "s3cret")).isEmpty();
        now = now.plusSeconds(61);
        assertThat(credentials.recall("Officer", "s3cret")).isEmpty();
    }

    @Test
    @DisplayName("forgotten credentials must be verified again")
    void forgotten() {
        VerifiedCredentials credentials = credentials();
        credentials.remember("officer", "s3cret", "officer");
        credentials.forget("officer", "s3cret");
        assertThat(credentials.recall("officer", "s3cret")).isEmpty();
    }
}
