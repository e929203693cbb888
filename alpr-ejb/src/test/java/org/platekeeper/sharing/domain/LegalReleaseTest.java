package org.platekeeper.sharing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Releases required by law")
class LegalReleaseTest {

    private static final Instant NOW = Instant.parse("2026-12-01T15:00:00Z");

    private static LegalRelease entered() {
        return LegalRelease.request(UUID.randomUUID(), "26-8801", "Clay County Circuit Court", ReleaseBasis.SUBPOENA,
                "Subpoena 26-CR-0412", "All reads of the vehicle", "clerk", NOW);
    }

    @Test
    @DisplayName("PC-C4 nothing is produced before a supervisor other than the person who entered it approves")
    void approvedByAnotherPersonBeforeProduction() {
        LegalRelease release = entered();
        assertThatThrownBy(() -> release.produced(NOW)).isInstanceOf(SharingRuleException.class)
                .hasMessageContaining("approved");
        assertThatThrownBy(() -> release.approve("clerk", null, NOW)).isInstanceOf(SharingRuleException.class);
        assertThat(release.status()).isEqualTo(ReleaseStatus.REQUESTED);
        release.approve("supervisor", "verified", NOW);
        release.produced(NOW);
        release.produced(NOW);
        assertThat(release.producedCount()).isEqualTo(2);
    }

    @Test
    @DisplayName("PC-C4 a release names its recipient and the document that requires it; a rejection says why")
    void recipientDocumentAndReason() {
        assertThatThrownBy(() -> LegalRelease.request(UUID.randomUUID(), "26-1", " ", ReleaseBasis.COURT_ORDER,
                "Order 1", "reads", "clerk", NOW)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("recipient");
        assertThatThrownBy(() -> LegalRelease.request(UUID.randomUUID(), "26-1", "Court", ReleaseBasis.COURT_ORDER,
                "", "reads", "clerk", NOW)).isInstanceOf(IllegalArgumentException.class);
        LegalRelease release = entered();
        assertThatThrownBy(() -> release.reject("supervisor", " ", NOW)).isInstanceOf(IllegalArgumentException.class);
        release.reject("supervisor", "the subpoena names another case", NOW);
        assertThatThrownBy(() -> release.produced(NOW)).isInstanceOf(SharingRuleException.class);
    }
}
