package org.platekeeper.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Database settings")
class DatabaseSettingsTest {

    private static DatabaseSettings settings(String url, boolean demo) {
        DatabaseSettings s = new DatabaseSettings();
        s.url = url;
        s.embeddedPort = 15432;
        s.embeddedDirectory = "/tmp/embedded";
        s.demo = demo;
        return s;
    }

    @Test
    @DisplayName("the embedded database is the one at the embedded address; anything else is external")
    void embeddedOrExternal() {
        assertThat(settings("jdbc:postgresql://127.0.0.1:15432/platekeeper", false).embedded()).isTrue();
        assertThat(settings("jdbc:postgresql://db.city.local:5432/platekeeper", false).embedded()).isFalse();
        assertThat(settings("jdbc:postgresql://127.0.0.1:5432/platekeeper", false).embedded()).isFalse();
    }

    @Test
    @DisplayName("demo mode, with its published passwords, refuses to start against an external database")
    void demoOnlyEmbedded() {
        assertThatThrownBy(() -> settings("jdbc:postgresql://db.city.local:5432/alpr?ssl=true", true)
                .requireDemoOnlyWhenEmbedded())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ALPR_DEMO")
                .hasMessageContaining("jdbc:postgresql://db.city.local:5432/alpr")
                .hasMessageNotContaining("ssl=true");
        assertThatCode(() -> settings("jdbc:postgresql://127.0.0.1:15432/platekeeper", true)
                .requireDemoOnlyWhenEmbedded()).doesNotThrowAnyException();
        assertThatCode(() -> settings("jdbc:postgresql://db.city.local:5432/alpr", false)
                .requireDemoOnlyWhenEmbedded()).doesNotThrowAnyException();
    }
}
