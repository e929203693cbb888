package org.platekeeper.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Audit chain verification")
class ChainVerifierTest {

    private AuditChainHead head;
    private List<AuditEvent> trail;

    @BeforeEach
    void recordTrail() {
        head = AuditChainHead.genesis();
        trail = new ArrayList<>();
        Instant t = Instant.parse("2026-11-01T10:15:30.123456789Z");
        for (int i = 0; i < 6; i++) {
            trail.add(head.append(t.plusSeconds(i), "user" + i, "OFFICER", AuditableAction.of("SIGN_IN", "user",
                    "user" + i, AuditOutcome.SUCCESS, "attempt " + i), "10.0.0." + i));
        }
    }

    private ChainVerification verify(List<AuditEvent> events) {
        ChainVerifier verifier = new ChainVerifier(head);
        for (AuditEvent e : events) {
            if (!verifier.accept(e)) {
                break;
            }
        }
        return verifier.finish();
    }

    @Test
    @DisplayName("OD-R4 an untouched trail verifies as intact through its last event")
    void intactTrail() {
        ChainVerification result = verify(trail);
        assertThat(result.intact()).isTrue();
        assertThat(result.eventsChecked()).isEqualTo(6);
        assertThat(result.lastSequence()).isEqualTo(6);
        assertThat(result.firstBrokenSequence()).isNull();
    }

    @Test
    @DisplayName("OD-X2 a modified event is reported at its own sequence number")
    void modifiedEvent() throws Exception {
        set(trail.get(2), "details", "attempt 2, quietly edited");
        ChainVerification result = verify(trail);
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSequence()).isEqualTo(3);
        assertThat(result.problem()).contains("modified");
    }

    @Test
    @DisplayName("OD-X2 a changed time or actor is detected as well as changed details")
    void modifiedTimeAndActor() throws Exception {
        set(trail.get(0), "occurredAt", trail.get(0).occurredAt().plusSeconds(3600));
        assertThat(verify(trail).firstBrokenSequence()).isEqualTo(1);
        recordTrail();
        set(trail.get(4), "actor", "someone-else");
        assertThat(verify(trail).firstBrokenSequence()).isEqualTo(5);
    }

    @Test
    @DisplayName("OD-X2 a deleted event is reported as missing")
    void deletedEvent() {
        trail.remove(3);
        ChainVerification result = verify(trail);
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSequence()).isEqualTo(4);
        assertThat(result.problem()).contains("missing");
    }

    @Test
    @DisplayName("OD-X2 two events swapped in place (sequence numbers exchanged) break the chain")
    void reorderedEvents() throws Exception {
        AuditEvent second = trail.get(1);
        AuditEvent third = trail.get(2);
        set(second, "sequence", 3L);
        set(third, "sequence", 2L);
        Collections.swap(trail, 1, 2);
        ChainVerification result = verify(trail);
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSequence()).isEqualTo(2);
    }

    @Test
    @DisplayName("OD-X2 events cut from the end of the trail are detected against the chain head")
    void truncatedTrail() {
        ChainVerification result = verify(trail.subList(0, 4));
        assertThat(result.intact()).isFalse();
        assertThat(result.problem()).contains("chain head records event 6");
    }

    @Test
    @DisplayName("A hash covers every field: the same content after a different predecessor hashes differently")
    void hashDependsOnPredecessor() {
        AuditChainHead other = AuditChainHead.genesis();
        other.append(Instant.EPOCH, "x", "", AuditableAction.of("A", null, null, AuditOutcome.SUCCESS, null), null);
        AuditEvent a = other.append(Instant.EPOCH, "y", "", AuditableAction.of("B", null, null,
                AuditOutcome.SUCCESS, null), null);
        AuditChainHead fresh = AuditChainHead.genesis();
        fresh.append(Instant.EPOCH, "z", "", AuditableAction.of("A", null, null, AuditOutcome.SUCCESS, null), null);
        AuditEvent b = fresh.append(Instant.EPOCH, "y", "", AuditableAction.of("B", null, null,
                AuditOutcome.SUCCESS, null), null);
        assertThat(a.sequence()).isEqualTo(b.sequence());
        assertThat(a.hash()).isNotEqualTo(b.hash());
    }

    private static void set(AuditEvent event, String field, Object value) throws ReflectiveOperationException {
        Field f = AuditEvent.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(event, value);
    }
}
