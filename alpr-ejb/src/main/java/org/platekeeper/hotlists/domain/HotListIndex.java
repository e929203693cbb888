package org.platekeeper.hotlists.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.platekeeper.reads.domain.ConfusableCharacters;

/**
 * Every active hot-list entry in memory, shaped so that matching a read costs a few binary searches over primitive
 * arrays: no object per entry beyond the build, so a list of a million entries stays in tens of megabytes and a
 * read is matched in microseconds. Immutable; a change of the lists builds a new index that replaces this one.
 *
 * <p>A read matches an entry with the same plate, unless both carry a state and the states differ. Wildcard
 * entries match by pattern. Optionally a read also matches an entry whose plate differs only in characters that
 * cameras and people confuse (0/O/D/Q, 1/I/L, 2/Z, 5/S, 8/B, 6/G): a lower-confidence hit the officer must check.
 */
public final class HotListIndex {

    /** One active entry as the index takes it. */
    public record Entry(long id, String plate, String state, HotListKind kind, UUID listId) {
    }

    /** How a read matched an entry, from most to least certain. */
    public enum MatchType {
        /** Same plate, same state. */
        EXACT,
        /** Same plate; the read or the entry has no state to compare. */
        PLATE_ONLY,
        /** The entry is a partial plate and the read fits it. */
        WILDCARD,
        /** The plates differ only in easily confused characters. */
        OCR_SIMILAR
    }

    public record Match(long entryId, UUID listId, HotListKind kind, MatchType type) {
    }

    private static final HotListKind[] KINDS = HotListKind.values();

    private final boolean ocrSimilar;
    // per entry, by slot
    private final long[] entryIds;
    private final long[] plateKeys;
    private final short[] states;
    private final byte[] kinds;
    private final int[] lists;
    private final UUID[] listIds;
    // exact plate -> slots, and OCR-folded plate -> slots, as sorted keys with runs of slots
    private final Lookup exact;
    private final Lookup similar;
    // partial plates, checked one by one after a cheap test of the characters they require
    private final PlatePattern[] patterns;
    private final int[] patternSlots;
    private final long[] patternRequired;
    private final int[] patternMinLength;
    private final int[] patternMaxLength;
    private final int size;

    private HotListIndex(Collection<Entry> entries, boolean ocrSimilar) {
        this.ocrSimilar = ocrSimilar;
        int n = entries.size();
        entryIds = new long[n];
        plateKeys = new long[n];
        states = new short[n];
        kinds = new byte[n];
        lists = new int[n];
        Map<UUID, Integer> listNumbers = new HashMap<>();
        List<Integer> wildcardSlots = new ArrayList<>();
        List<PlatePattern> wildcardPatterns = new ArrayList<>();
        int slot = 0;
        for (Entry e : entries) {
            entryIds[slot] = e.id();
            states[slot] = stateCode(e.state());
            kinds[slot] = (byte) e.kind().ordinal();
            lists[slot] = listNumbers.computeIfAbsent(e.listId(), id -> listNumbers.size());
            PlatePattern pattern = new PlatePattern(e.plate());
            if (pattern.wildcard()) {
                plateKeys[slot] = -1;
                wildcardSlots.add(slot);
                wildcardPatterns.add(pattern);
            } else {
                plateKeys[slot] = key(e.plate());
            }
            slot++;
        }
        listIds = new UUID[listNumbers.size()];
        listNumbers.forEach((id, number) -> listIds[number] = id);
        exact = Lookup.of(plateKeys, k -> k);
        similar = ocrSimilar ? Lookup.of(plateKeys, HotListIndex::fold) : Lookup.of(new long[0], k -> k);

        int w = wildcardSlots.size();
        patterns = wildcardPatterns.toArray(PlatePattern[]::new);
        patternSlots = new int[w];
        patternRequired = new long[w];
        patternMinLength = new int[w];
        patternMaxLength = new int[w];
        for (int i = 0; i < w; i++) {
            String text = patterns[i].text();
            patternSlots[i] = wildcardSlots.get(i);
            patternRequired[i] = characterMask(text);
            patternMinLength[i] = (int) text.chars().filter(c -> c != '*').count();
            patternMaxLength[i] = text.indexOf('*') >= 0 ? Integer.MAX_VALUE : text.length();
        }
        size = n;
    }

    public static HotListIndex build(Collection<Entry> entries, boolean ocrSimilar) {
        return new HotListIndex(entries, ocrSimilar);
    }

    public static HotListIndex empty() {
        return build(List.of(), false);
    }

    public int size() {
        return size;
    }

    public int wildcardEntries() {
        return patterns.length;
    }

    /**
     * The entries a read matches, each once, most certain first.
     *
     * @param plate normalised plate text of the read
     * @param state the read's state, or {@code null}
     */
    public List<Match> match(String plate, String state) {
        List<Match> matches = null;
        short readState = stateCode(state);
        long key = key(plate);
        if (key >= 0) {
            matches = collect(exact, key, readState, MatchType.EXACT, -1, matches);
            if (ocrSimilar) {
                matches = collect(similar, fold(key), readState, MatchType.OCR_SIMILAR, key, matches);
            }
        }
        if (patterns.length > 0) {
            long mask = characterMask(plate);
            int length = plate.length();
            for (int i = 0; i < patterns.length; i++) {
                if ((mask & patternRequired[i]) == patternRequired[i] && length >= patternMinLength[i]
                        && length <= patternMaxLength[i] && patterns[i].matches(plate)) {
                    matches = add(matches, patternSlots[i], readState, MatchType.WILDCARD);
                }
            }
        }
        return matches == null ? List.of() : matches;
    }

    private List<Match> collect(Lookup lookup, long key, short readState, MatchType type, long skipPlate,
                                List<Match> matches) {
        int at = Arrays.binarySearch(lookup.keys, key);
        if (at < 0) {
            return matches;
        }
        for (int i = lookup.starts[at]; i < lookup.starts[at + 1]; i++) {
            int slot = lookup.slots[i];
            if (plateKeys[slot] != skipPlate) {
                matches = add(matches, slot, readState, type);
            }
        }
        return matches;
    }

    private List<Match> add(List<Match> matches, int slot, short readState, MatchType type) {
        short entryState = states[slot];
        if (readState != 0 && entryState != 0 && readState != entryState) {
            return matches; // a Texas plate is not the Kansas plate with the same characters
        }
        MatchType actual = type == MatchType.EXACT && (readState == 0 || entryState == 0) ? MatchType.PLATE_ONLY
                : type;
        List<Match> result = matches == null ? new ArrayList<>(2) : matches;
        result.add(new Match(entryIds[slot], listIds[lists[slot]], KINDS[kinds[slot]], actual));
        return result;
    }

    /**
     * A plate of up to ten letters and digits as a number in base 37 (0 is "no character"), so that equal plates
     * have equal keys and keys compare as longs; -1 for anything else.
     */
    static long key(String plate) {
        if (plate == null || plate.isEmpty() || plate.length() > 10) {
            return -1;
        }
        long key = 0;
        for (int i = 0; i < plate.length(); i++) {
            int digit = symbol(plate.charAt(i));
            if (digit < 0) {
                return -1;
            }
            key = key * 37 + digit;
        }
        return key;
    }

    private static int symbol(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0' + 1;
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 11;
        }
        return -1;
    }

    /** The key of the plate with each confusable character replaced by its group's digit. */
    static long fold(long key) {
        if (key < 0) {
            return key;
        }
        long folded = 0;
        long scale = 1;
        while (key > 0) {
            int digit = (int) (key % 37);
            folded += FOLDED[digit] * scale;
            scale *= 37;
            key /= 37;
        }
        return folded;
    }

    private static final int[] FOLDED = new int[37];

    static {
        for (int i = 0; i < 37; i++) {
            FOLDED[i] = i;
        }
        for (String group : ConfusableCharacters.GROUPS) {
            int target = symbol(group.charAt(0));
            for (char c : group.toCharArray()) {
                FOLDED[symbol(c)] = target;
            }
        }
    }

    private static long characterMask(String text) {
        long mask = 0;
        for (int i = 0; i < text.length(); i++) {
            int s = symbol(text.charAt(i));
            if (s > 0) {
                mask |= 1L << s;
            }
        }
        return mask;
    }

    private static short stateCode(String state) {
        if (state == null || state.length() != 2) {
            return 0;
        }
        return (short) ((state.charAt(0) - 'A') * 26 + (state.charAt(1) - 'A') + 1);
    }

    /** Sorted distinct keys, and for key i the slots {@code slots[starts[i] .. starts[i+1])}. */
    private record Lookup(long[] keys, int[] starts, int[] slots) {

        static Lookup of(long[] plateKeys, java.util.function.LongUnaryOperator keyOf) {
            int n = 0;
            long[] all = new long[plateKeys.length];
            for (long k : plateKeys) {
                if (k >= 0) {
                    all[n++] = keyOf.applyAsLong(k);
                }
            }
            long[] sorted = Arrays.copyOf(all, n);
            Arrays.sort(sorted);
            int distinct = 0;
            for (int i = 0; i < n; i++) {
                if (i == 0 || sorted[i] != sorted[i - 1]) {
                    sorted[distinct++] = sorted[i];
                }
            }
            long[] keys = Arrays.copyOf(sorted, distinct);
            int[] starts = new int[distinct + 1];
            for (long k : plateKeys) {
                if (k >= 0) {
                    starts[Arrays.binarySearch(keys, keyOf.applyAsLong(k)) + 1]++;
                }
            }
            for (int i = 0; i < distinct; i++) {
                starts[i + 1] += starts[i];
            }
            int[] next = Arrays.copyOf(starts, distinct);
            int[] slots = new int[n];
            for (int slot = 0; slot < plateKeys.length; slot++) {
                if (plateKeys[slot] >= 0) {
                    slots[next[Arrays.binarySearch(keys, keyOf.applyAsLong(plateKeys[slot]))]++] = slot;
                }
            }
            return new Lookup(keys, starts, slots);
        }
    }
}
