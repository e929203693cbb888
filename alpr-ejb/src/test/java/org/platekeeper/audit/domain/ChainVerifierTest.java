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

    private static final ChainKey KEY = new ChainKey("k1", "0123456789abcdef0123456789abcdef".getBytes());
    private static final ChainKeyring KEYRING = new ChainKeyring(List.of(KEY), 1);

    private AuditChainHead head;
    private List<AuditEvent> trail;

    @BeforeEach
    void recordTrail() {
        head = AuditChainHead.genesis();
        trail = new ArrayList<>();
        Instant t = Instant.parse("2026-11-01T10:15:30.123456789Z");
        for (int i = 0; i < 6; i++) {
            trail.add(head.append(t.plusSeconds(i), "user" + i, "OFFICER", AuditableAction.of("SIGN_IN", "user",
                    "user" + i, AuditOutcome.SUCCESS, "attempt " + i), "10.0.0." + i, KEY));
        }
    }

    private ChainVerification verify(List<AuditEvent> events) {
        return verify(events, KEYRING);
    }

    private ChainVerification verify(List<AuditEvent> events, ChainKeyring keyring) {
        ChainVerifier verifier = new ChainVerifier(head, keyring);
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
        other.append(Instant.EPOCH, "x", "", AuditableAction.of("A", null, null, AuditOutcome.SUCCESS, null), null, KEY);
        AuditEvent a = other.append(Instant.EPOCH, "y", "", AuditableAction.of("B", null, null,
                AuditOutcome.SUCCESS, null), null, KEY);
        AuditChainHead fresh = AuditChainHead.genesis();
        fresh.append(Instant.EPOCH, "z", "", AuditableAction.of("A", null, null, AuditOutcome.SUCCESS, null), null, KEY);
        AuditEvent b = fresh.append(Instant.EPOCH, "y", "", AuditableAction.of("B", null, null,
                AuditOutcome.SUCCESS, null), null, KEY);
        assertThat(a.sequence()).isEqualTo(b.sequence());
        assertThat(a.hash()).isNotEqualTo(b.hash());
    }

    @Test
    @DisplayName("OD-X2 an event rewritten and resealed with a plain SHA-256, as whoever holds only the database would, is reported")
    void resealedWithoutTheKey() throws Exception {
        AuditEvent victim = trail.get(2);
        set(victim, "details", "attempt 2, rewritten");
        set(victim, "keyId", null);
        set(victim, "hash", sha256(canonical(victim)));
        ChainVerification result = verify(trail);
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSequence()).isEqualTo(3);
        assertThat(result.problem()).contains("not sealed with a chain key");

        recordTrail();
        AuditEvent other = trail.get(3);
        set(other, "details", "attempt 3, rewritten");
        set(other, "hash", sha256(canonical(other)));
        assertThat(verify(trail).problem()).as("keeping the key id, with a plain hash").contains("modified");
    }

    @Test
    @DisplayName("OD-X2 a rotated keyring still verifies events sealed with the old key; a key the server lacks is named")
    void rotation() {
        ChainKey next = new ChainKey("k2", "fedcba9876543210fedcba9876543210".getBytes());
        List<AuditEvent> all = new ArrayList<>(trail);
        for (int i = 0; i < 2; i++) {
            all.add(head.append(Instant.EPOCH.plusSeconds(100 + i), "user9", "OFFICER", AuditableAction.of("SIGN_IN",
                    "user", "user9", AuditOutcome.SUCCESS, null), null, next));
        }
        assertThat(all.get(7).keyId()).isEqualTo("k2");
        assertThat(verify(all, new ChainKeyring(List.of(KEY, next), 1)).intact()).isTrue();
        ChainVerification withoutOld = verify(all, new ChainKeyring(List.of(next), 1));
        assertThat(withoutOld.firstBrokenSequence()).isEqualTo(1);
        assertThat(withoutOld.problem()).contains("chain key 'k1'", "does not hold");
    }

    @Test
    @DisplayName("OD-X2 events from before the chain was keyed verify by their SHA-256, and only those")
    void legacyEvents() throws Exception {
        for (AuditEvent event : trail.subList(0, 3)) {
            set(event, "keyId", null);
        }
        // re-chain the first three as the unkeyed code did, then the rest under the key
        String previous = AuditEvent.GENESIS_HASH;
        for (AuditEvent event : trail) {
            set(event, "previousHash", previous);
            set(event, "hash", event.keyId() == null ? sha256(canonical(event)) : KEY.seal(canonical(event)));
            previous = event.hash();
        }
        set(head, "lastHash", previous);
        assertThat(verify(trail, new ChainKeyring(List.of(KEY), 4)).intact()).isTrue();
        assertThat(verify(trail, new ChainKeyring(List.of(KEY), 3)).problem())
                .as("event 3 comes after the chain was keyed").contains("not sealed with a chain key");
    }

    @Test
    @DisplayName("PC-C1 PC-G1 an event whose object and details were blanked after the read retention still verifies; blanking without marking it, or marking without blanking, does not")
    void redactedEventVerifies() throws Exception {
        AuditEvent searched = trail.get(2);
        set(searched, "objectId", null);
        set(searched, "details", null);
        set(searched, "redactedAt", Instant.parse("2026-12-05T03:00:00Z"));
        assertThat(verify(trail).intact()).isTrue();

        recordTrail();
        set(trail.get(2), "details", null);
        assertThat(verify(trail).problem()).contains("modified");

        recordTrail();
        set(trail.get(2), "redactedAt", Instant.parse("2026-12-05T03:00:00Z"));
        assertThat(verify(trail).problem()).contains("still carries");
    }

    @Test
    @DisplayName("OD-R5 once the events past the audit retention are deleted, the chain verifies from its new anchor; a further deletion does not")
    void verifiesFromAnchor() {
        head.moveAnchor(3, trail.get(2).hash());
        ChainVerification rest = verify(trail.subList(3, 6));
        assertThat(rest.intact()).isTrue();
        assertThat(rest.eventsChecked()).isEqualTo(3);
        assertThat(verify(trail.subList(4, 6)).problem()).contains("missing");
    }

    @Test
    @DisplayName("AU-9 typed line breaks and control characters are stored as escapes, so no text can pass for another event; the event still verifies")
    void oneLine() {
        AuditEvent forged = head.append(Instant.EPOCH.plusSeconds(50), "officer\nSIGN_IN admin", "OFFICER",
                AuditableAction.of("ALERT_CLOSED", "alert", "a1\r\n", AuditOutcome.SUCCESS,
                        "closed\n2026-11-01 SIGN_IN admin SUCCESS\u0000\u2028"), null, KEY);
        assertThat(forged.details()).isEqualTo("closed\\n2026-11-01 SIGN_IN admin SUCCESS\\u0000\\u2028")
                .doesNotContain("\n");
        assertThat(forged.actor()).isEqualTo("officer\\nSIGN_IN admin");
        assertThat(forged.objectId()).isEqualTo("a1\\r\\n");
        List<AuditEvent> all = new ArrayList<>(trail);
        all.add(forged);
        assertThat(verify(all).intact()).isTrue();
    }

    private static String canonical(AuditEvent event) throws ReflectiveOperationException {
        var method = AuditEvent.class.getDeclaredMethod("canonical");
        method.setAccessible(true);
        return (String) method.invoke(event);
    }

    private static String sha256(String text) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }

}
