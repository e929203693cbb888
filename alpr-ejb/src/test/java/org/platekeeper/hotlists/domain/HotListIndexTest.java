package org.platekeeper.hotlists.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.platekeeper.hotlists.domain.HotListIndex.Entry;
import org.platekeeper.hotlists.domain.HotListIndex.Match;
import org.platekeeper.hotlists.domain.HotListIndex.MatchType;

class HotListIndexTest {

    private static final UUID NCIC = UUID.randomUUID();
    private static final UUID CUSTOM = UUID.randomUUID();

    private final HotListIndex index = HotListIndex.build(List.of(
            new Entry(1, "ABC1234", "MO", HotListKind.STOLEN_VEHICLE, NCIC),
            new Entry(2, "ABC1234", "KS", HotListKind.WANTED_PERSON, NCIC),
            new Entry(3, "XYZ987", null, HotListKind.AMBER_ALERT, CUSTOM),
            new Entry(4, "8OB5", "OK", HotListKind.STOLEN_PLATE, NCIC),
            new Entry(5, "KX?12*", null, HotListKind.INVESTIGATION, CUSTOM),
            new Entry(6, "*777", "MO", HotListKind.CUSTOM, CUSTOM)), true);

    private List<Long> ids(List<Match> matches) {
        return matches.stream().map(Match::entryId).toList();
    }

    @Test
    @DisplayName("a plate matches only the entries of its own state when both carry one")
    void stateMustAgree() {
        assertThat(index.match("ABC1234", "MO")).containsExactly(
                new Match(1, NCIC, HotListKind.STOLEN_VEHICLE, MatchType.EXACT));
        assertThat(index.match("ABC1234", "TX")).isEmpty();
    }

    @Test
    @DisplayName("a read without a state matches the plate in every state, marked as plate-only")
    void noState() {
        assertThat(index.match("ABC1234", null)).extracting(Match::entryId, Match::type).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(1L, MatchType.PLATE_ONLY),
                org.assertj.core.groups.Tuple.tuple(2L, MatchType.PLATE_ONLY));
        assertThat(index.match("XYZ987", "MO")).extracting(Match::type).containsExactly(MatchType.PLATE_ONLY);
    }

    @Test
    @DisplayName("confusable characters match as OCR-similar, never as exact, and can be switched off")
    void ocrSimilar() {
        assertThat(index.match("A8C1234", "MO")).extracting(Match::entryId, Match::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, MatchType.OCR_SIMILAR));
        assertThat(index.match("BOB5", "OK")).extracting(Match::entryId, Match::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4L, MatchType.OCR_SIMILAR));
        assertThat(index.match("8QBS", "OK")).extracting(Match::entryId).containsExactly(4L);
        assertThat(index.match("8OB5", "OK")).extracting(Match::type).containsExactly(MatchType.EXACT);
        assertThat(index.match("ABC1235", "MO")).isEmpty();

        HotListIndex strict = HotListIndex.build(List.of(new Entry(1, "ABC1234", "MO", HotListKind.CUSTOM, NCIC)),
                false);
        assertThat(strict.match("A8C1234", "MO")).isEmpty();
    }

    @Test
    @DisplayName("wildcard entries match by pattern: ? one character, * any run")
    void wildcards() {
        assertThat(ids(index.match("KXA12", null))).containsExactly(5L);
        assertThat(ids(index.match("KXB12ZZ9", "MO"))).containsExactly(5L);
        assertThat(ids(index.match("KX12", null))).isEmpty();
        assertThat(ids(index.match("K1A12", null))).isEmpty();
        assertThat(ids(index.match("ABC777", "MO"))).containsExactly(6L);
        assertThat(ids(index.match("ABC777", "KS"))).isEmpty();
        assertThat(ids(index.match("7770", "MO"))).isEmpty();
    }

    @Test
    @DisplayName("a large index finds each of its plates and nothing else")
    void large() {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            entries.add(new Entry(i, "P" + Integer.toString(i, 36).toUpperCase(), "MO", HotListKind.STOLEN_VEHICLE,
                    NCIC));
        }
        HotListIndex big = HotListIndex.build(entries, true);
        assertThat(big.size()).isEqualTo(200_000);
        for (int i = 0; i < 200_000; i += 997) {
            assertThat(ids(big.match("P" + Integer.toString(i, 36).toUpperCase(), "MO"))).contains((long) i);
        }
        assertThat(big.match("QQQQQQQ", "MO")).isEmpty();
    }

    @Test
    @DisplayName("partial plates need three known characters")
    void patternRules() {
        assertThat(PlatePattern.of("ab-c 1?").text()).isEqualTo("ABC1?");
        assertThat(PlatePattern.of("AB**12").text()).isEqualTo("AB*12");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PlatePattern.of("A*"))
                .hasMessageContaining("at least 3");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PlatePattern.of("AB#1"))
                .hasMessageContaining("letters and digits");
    }
}
