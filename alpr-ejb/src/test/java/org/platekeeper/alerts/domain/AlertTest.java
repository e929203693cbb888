package org.platekeeper.alerts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.platekeeper.hotlists.domain.AlertPriority;
import org.platekeeper.hotlists.domain.HotListIndex;
import org.platekeeper.hotlists.domain.HotListKind;

class AlertTest {

    private static final int MIN = Alert.MIN_NARRATIVE;

    private static final Instant NOW = Instant.parse("2026-11-23T18:00:00Z");

    private static Alert raised(HotListKind kind) {
        return Alert.raise(new Alert.Hit(UUID.randomUUID(), NOW.minusSeconds(2), UUID.randomUUID(), "ABC1234", "MO",
                null, null, HotListIndex.MatchType.EXACT, 7, UUID.randomUUID(), "NCIC", kind, "ABC1234", "MO",
                "Stolen", "26-1", null), NOW);
    }

    @Test
    @DisplayName("an alert takes its priority from the kind of list")
    void priority() {
        assertThat(raised(HotListKind.AMBER_ALERT).priority()).isEqualTo(AlertPriority.URGENT);
        assertThat(raised(HotListKind.STOLEN_VEHICLE).priority()).isEqualTo(AlertPriority.HIGH);
        assertThat(raised(HotListKind.INVESTIGATION).priority()).isEqualTo(AlertPriority.NORMAL);
    }

    @Test
    @DisplayName("OD-V1 OD-V2 OD-V4 the steps in order lead to a closed alert with its disposition")
    void fullFlow() {
        Alert alert = raised(HotListKind.STOLEN_VEHICLE);
        alert.acknowledge("officer", NOW);
        alert.checkVisually(true, true, "officer", NOW);
        alert.verifyWithSource(VerificationSource.MULES, NOW.minusSeconds(30), true, null, "officer", NOW);
        alert.dispose(Disposition.VEHICLE_RECOVERED, "Vehicle recovered, owner notified", "officer", NOW, MIN);
        assertThat(alert.status()).isEqualTo(AlertStatus.CLOSED);
        assertThat(alert.verifiedWithSourceAt()).isEqualTo(NOW.minusSeconds(30));
        assertThat(alert.open()).isFalse();
    }

    @Test
    @DisplayName("OD-V3 no step can be taken before the one it follows")
    void order() {
        Alert alert = raised(HotListKind.STOLEN_VEHICLE);
        assertThatThrownBy(() -> alert.checkVisually(true, true, "officer", NOW))
                .isInstanceOf(AlertStepException.class).hasMessageContaining("OD-V3");
        assertThatThrownBy(() -> alert.dispose(Disposition.NO_ACTION, "nothing to do here", "officer", NOW, MIN))
                .isInstanceOf(AlertStepException.class);
        alert.acknowledge("officer", NOW);
        assertThatThrownBy(() -> alert.acknowledge("officer", NOW)).isInstanceOf(AlertStepException.class);
        assertThatThrownBy(() -> alert.verifyWithSource(VerificationSource.NCIC, null, true, null, "officer", NOW))
                .isInstanceOf(AlertStepException.class);
        assertThat(alert.status()).isEqualTo(AlertStatus.ACKNOWLEDGED);
    }

    @Test
    @DisplayName("OD-V1 a character or state that does not match makes a misread, which ends only as misread or no action")
    void misread() {
        Alert alert = raised(HotListKind.STOLEN_VEHICLE);
        alert.acknowledge("officer", NOW);
        alert.checkVisually(false, true, "officer", NOW);
        assertThat(alert.status()).isEqualTo(AlertStatus.MISREAD);
        assertThatThrownBy(() -> alert.dispose(Disposition.ARREST, "arrested the driver", "officer", NOW, MIN))
                .isInstanceOf(AlertStepException.class);
        assertThatThrownBy(() -> alert.dispose(Disposition.OTHER, "something else happened", "officer", NOW, MIN))
                .isInstanceOf(AlertStepException.class);
        alert.dispose(Disposition.MISREAD, "the camera read a B as an 8", "officer", NOW, MIN);
        assertThat(alert.disposition()).isEqualTo(Disposition.MISREAD);
    }

    @Test
    @DisplayName("OD-V2 OD-V4 an arrest needs a confirmed hit and a narrative; a verification time cannot be in the future")
    void actionsNeedConfirmation() {
        Alert alert = raised(HotListKind.WANTED_PERSON);
        alert.acknowledge("officer", NOW);
        alert.checkVisually(true, true, "officer", NOW);
        assertThatThrownBy(() -> alert.verifyWithSource(VerificationSource.NCIC, NOW.plusSeconds(3600), true, null,
                "officer", NOW)).isInstanceOf(AlertStepException.class).hasMessageContaining("future");
        alert.verifyWithSource(VerificationSource.DISPATCH, null, false, "warrant served last week", "officer", NOW);
        assertThat(alert.status()).isEqualTo(AlertStatus.NOT_CONFIRMED);
        assertThatThrownBy(() -> alert.dispose(Disposition.ARREST, "arrested anyway", "officer", NOW, MIN))
                .isInstanceOf(AlertStepException.class).hasMessageContaining("confirmed");
        assertThatThrownBy(() -> alert.dispose(Disposition.NO_ACTION, "ok", "officer", NOW, MIN))
                .isInstanceOf(AlertStepException.class).hasMessageContaining("OD-V4");
        alert.dispose(Disposition.NO_ACTION, "Warrant no longer active per dispatch", "officer", NOW, MIN);
        assertThat(alert.status()).isEqualTo(AlertStatus.CLOSED);
    }
}
