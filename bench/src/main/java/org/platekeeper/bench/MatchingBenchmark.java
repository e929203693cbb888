package org.platekeeper.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.platekeeper.hotlists.domain.HotListIndex;
import org.platekeeper.hotlists.domain.HotListKind;

/**
 * Matching one read against a hot-list index of a million entries, a thousand of them partial plates, with
 * OCR-similar matching on: the work done for every read the cameras send.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class MatchingBenchmark {

    static final String ALPHABET = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";

    private HotListIndex index;
    private String[] reads;
    private int next;

    static String plate(SplittableRandom random) {
        StringBuilder plate = new StringBuilder(7);
        int length = 5 + random.nextInt(3);
        for (int i = 0; i < length; i++) {
            plate.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return plate.toString();
    }

    /** A million entries as a state file would bring them, plus partial plates from witnesses. */
    static List<HotListIndex.Entry> entries(int count, int partial) {
        SplittableRandom random = new SplittableRandom(42);
        UUID list = UUID.randomUUID();
        List<HotListIndex.Entry> entries = new ArrayList<>(count);
        for (int i = 0; i < count - partial; i++) {
            entries.add(new HotListIndex.Entry(i, plate(random), "MO", HotListKind.STOLEN_VEHICLE, list));
        }
        for (int i = 0; i < partial; i++) {
            String p = plate(random);
            entries.add(new HotListIndex.Entry(count + i, p.substring(0, 3) + "?" + p.substring(4, 5) + "*", null,
                    HotListKind.INVESTIGATION, list));
        }
        return entries;
    }

    @Setup(Level.Trial)
    public void build() {
        index = HotListIndex.build(entries(1_000_000, 1_000), true);
        SplittableRandom random = new SplittableRandom(7);
        reads = new String[65_536];
        for (int i = 0; i < reads.length; i++) {
            reads[i] = plate(random);
        }
    }

    @Benchmark
    public Object matchOneRead() {
        return index.match(reads[next++ & (reads.length - 1)], "MO");
    }

    /** Index build time for the report: entries made beforehand, then built a few times. */
    public static void main(String[] args) {
        List<HotListIndex.Entry> entries = entries(1_000_000, 1_000);
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            HotListIndex.build(entries, true);
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.println("{\"indexBuildMillis\": " + best / 1_000_000 + "}");
    }
}
