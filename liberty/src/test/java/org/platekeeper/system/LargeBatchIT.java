package org.platekeeper.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.platekeeper.system.CameraIngestIT.RegisteredCamera;

/**
 * The largest batches a camera may send (ALPR_INGEST_MAX_BODY_BYTES, 64 MiB: a thousand reads with 50 kB images),
 * from four cameras at the same moment, against the server's 512 MB heap that exits on running out of memory.
 */
@DisplayName("Ingest of the largest allowed batches at once: bounded memory, nothing lost")
class LargeBatchIT {

    private static final long MAX_BODY = 64L * 1024 * 1024;
    private static final int READS = 1000;
    private static final int IMAGE_BYTES = 50_000;
    private static final Pattern USED_HEAP = Pattern.compile("(?m)^memory_usedHeap_bytes(?:\\{[^}]*})? ([0-9.eE+]+)");
    private static final Pattern MAX_HEAP = Pattern.compile("(?m)^memory_maxHeap_bytes(?:\\{[^}]*})? ([0-9.eE+]+)");

    @Test
    @DisplayName("PC-A1 four cameras posting a 64 MiB batch at once are all stored in the end, some asked to wait (503, Retry-After), and the server stays up within its heap")
    void largestBatchesAtOnce() throws Exception {
        String image = Base64.getEncoder().encodeToString(paddedJpeg(IMAGE_BYTES));
        List<RegisteredCamera> cameras = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            cameras.add(CameraIngestIT.fixedCamera());
            bodies.add(batch(image));
            assertThat((long) bodies.get(c).length()).as("the largest allowed body, nearly").isBetween(MAX_BODY - 2_000_000,
                    MAX_BODY);
        }

        AtomicBoolean sending = new AtomicBoolean(true);
        AtomicLong highestHeap = new AtomicLong();
        double maxHeap = heap(MAX_HEAP);
        CompletableFuture<Void> watcher = CompletableFuture.runAsync(() -> {
            while (sending.get()) {
                highestHeap.accumulateAndGet((long) heap(USED_HEAP), Math::max);
                HotListFixtures.sleep(200);
            }
        });
        AtomicInteger waits = new AtomicInteger();
        List<CompletableFuture<Integer>> sent = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            RegisteredCamera camera = cameras.get(c);
            String body = bodies.get(c);
            sent.add(CompletableFuture.supplyAsync(() -> {
                for (int attempt = 0; attempt < 60; attempt++) {
                    Api.Answer answer = Api.send(Api.request("/api/v1/reads", null, null)
                            .header("Authorization", "Bearer " + camera.token())
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)));
                    if (answer.status() != 503) {
                        return answer.status();
                    }
                    assertThat(answer.raw().headers().firstValue("Retry-After")).isPresent();
                    waits.incrementAndGet();
                    HotListFixtures.sleep(1000);
                }
                return 503;
            }));
        }
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<Integer> f : sent) {
            statuses.add(f.get(10, TimeUnit.MINUTES));
        }
        sending.set(false);
        watcher.get(10, TimeUnit.SECONDS);

        assertThat(statuses).as("every batch stored in the end").containsOnly(201);
        for (RegisteredCamera camera : cameras) {
            assertThat(storedBy(camera)).isEqualTo(READS);
        }
        assertThat(Api.get("/health/ready", null, null).status()).as("the server is still up").isEqualTo(200);
        System.out.println("LargeBatchIT: 4 bodies of " + bodies.get(0).length() + " bytes; waits " + waits.get()
                + "; highest heap in use seen (garbage included) " + highestHeap.get() / (1024 * 1024) + " MB of "
                + (long) maxHeap / (1024 * 1024) + " MB");
    }

    private static String batch(String image) {
        StringBuilder json = new StringBuilder(70_000_000).append('[');
        OffsetDateTime at = CameraIngestIT.minutesAgo(5);
        for (int i = 0; i < READS; i++) {
            json.append(i == 0 ? "" : ",").append("{\"plate\":\"").append(HotListFixtures.uniquePlate())
                    .append("\",\"state\":\"OK\",\"capturedAt\":\"").append(at.plusNanos(i * 1_000_000L))
                    .append("\",\"plateImage\":\"").append(image).append("\"}");
        }
        return json.append(']').toString();
    }

    /** A small JPEG with a comment segment that brings it to the size wanted: still a whole JPEG. */
    private static byte[] paddedJpeg(int size) throws Exception {
        byte[] small = CameraIngestIT.plateImage("LRG 1000");
        int comment = size - small.length - 4;
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        out.write(small, 0, 2); // SOI
        out.write(new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) ((comment + 2) >> 8), (byte) (comment + 2)});
        out.write(" ".repeat(comment).getBytes(StandardCharsets.US_ASCII));
        out.write(small, 2, small.length - 2);
        return out.toByteArray();
    }

    private static double heap(Pattern metric) {
        Api.Answer metrics = Api.metrics(Api.METRICS_USER, Api.METRICS_PASSWORD);
        Matcher m = metric.matcher(metrics.body());
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private static int storedBy(RegisteredCamera camera) throws SQLException {
        return Integer.parseInt(Database.column("select count(*) from plate_read where camera_id = ?",
                UUID.fromString(camera.id())).get(0));
    }
}
