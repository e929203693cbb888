package org.platekeeper.bench;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

/**
 * The benchmark's HTTP side. {@code ingest}: cameras post batches of reads with small plate crops for a while, one
 * read in a thousand on the hot list, while an officer's WebSocket receives the alerts; reports reads per second,
 * request latency and alert latency (from the start of the request that carried the read to the alert's arrival).
 * {@code search}: runs each kind of historical search repeatedly and reports p50/p95.
 */
public final class Load {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern PLATE = Pattern.compile("\"plate\":\"([A-Z0-9]+)\"");

    private Load() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "ingest" -> ingest(args[1], Files.readAllLines(Path.of(args[2])), args[3], Files.readAllLines(
                    Path.of(args[4])), Integer.parseInt(args[5]), Integer.parseInt(args[6]),
                    Integer.parseInt(args[7]));
            case "search" -> search(args[1], args[2], Files.readAllLines(Path.of(args[3])),
                    Integer.parseInt(args[4]));
            case "copy-files" -> copyFiles(Path.of(args[1]), args[2], Integer.parseInt(args[3]));
            default -> throw new IllegalArgumentException("ingest or search");
        }
    }

    /**
     * @param tokens  one camera token per line
     * @param officer user:password of an officer, for the alert WebSocket
     * @param listed  plates on the hot list, one per line
     */
    static void ingest(String base, List<String> tokens, String officer, List<String> listed, int seconds,
                       int threads, int batch) throws Exception {
        String crop = Base64.getEncoder().encodeToString(plateCrop());
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        List<Long> alertLatencies = Collections.synchronizedList(new ArrayList<>());
        WebSocket socket = CLIENT.newWebSocketBuilder().header("Authorization", basic(officer))
                .buildAsync(URI.create(base.replace("http", "ws") + "/push/alerts"), new WebSocket.Listener() {
                    private final StringBuilder text = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                        text.append(data);
                        if (last) {
                            long now = System.nanoTime();
                            Matcher m = PLATE.matcher(text);
                            if (m.find()) {
                                Long start = sentAt.remove(m.group(1));
                                if (start != null) {
                                    alertLatencies.add(now - start);
                                }
                            }
                            text.setLength(0);
                        }
                        ws.request(1);
                        return null;
                    }
                }).join();
        AtomicLong reads = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Thread> workers = new ArrayList<>();
        long begin = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            String token = tokens.get(t % tokens.size());
            int worker = t;
            Thread thread = new Thread(() -> {
                SplittableRandom random = new SplittableRandom(worker * 7919L);
                long sequence = 0;
                while (System.nanoTime() < end) {
                    StringBuilder body = new StringBuilder(batch * (crop.length() + 200)).append('[');
                    List<String> hits = new ArrayList<>();
                    Instant now = Instant.now();
                    for (int i = 0; i < batch; i++) {
                        sequence++;
                        boolean hit = random.nextInt(1000) == 0;
                        String plate = hit ? listed.get(random.nextInt(listed.size())) : randomPlate(random);
                        if (hit) {
                            hits.add(plate);
                        }
                        body.append(i == 0 ? "" : ",").append("{\"plate\":\"").append(plate)
                                .append("\",\"state\":\"MO\",\"capturedAt\":\"")
                                .append(now.minusMillis(sequence % 60_000).minusNanos(worker * 1000L + i))
                                .append("\",\"confidence\":90.5,\"plateImage\":\"").append(crop).append("\"}");
                    }
                    body.append(']');
                    long start = System.nanoTime();
                    hits.forEach(p -> sentAt.put(p, start));
                    try {
                        HttpResponse<String> answer = CLIENT.send(HttpRequest.newBuilder(URI.create(base
                                        + "/api/v1/reads")).header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (answer.statusCode() == 201) {
                            reads.addAndGet(batch);
                            latencies.add(System.nanoTime() - start);
                        } else {
                            failures.incrementAndGet();
                        }
                    } catch (IOException | InterruptedException e) {
                        failures.incrementAndGet();
                    }
                }
            });
            thread.start();
            workers.add(thread);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        double elapsed = (System.nanoTime() - begin) / 1e9;
        Thread.sleep(2000); // the last alerts
        socket.abort();
        System.out.printf("{\"reads\": %d, \"seconds\": %.1f, \"readsPerSecond\": %.0f, \"requests\": %d,"
                        + " \"failedRequests\": %d, \"batch\": %d, \"threads\": %d, \"requestP50Ms\": %.1f,"
                        + " \"requestP99Ms\": %.1f, \"alerts\": %d, \"alertP50Ms\": %.1f, \"alertP99Ms\": %.1f}%n",
                reads.get(), elapsed, reads.get() / elapsed, latencies.size(), failures.get(), batch, threads,
                percentile(latencies, 50), percentile(latencies, 99), alertLatencies.size(),
                percentile(alertLatencies, 50), percentile(alertLatencies, 99));
    }

    /** Each line of the queries file: a name, a tab, a search request body. */
    static void search(String base, String investigator, List<String> queries, int repeat) throws Exception {
        StringBuilder out = new StringBuilder("{");
        for (String line : queries) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\t", 2);
            List<Long> times = new ArrayList<>();
            long total = -1;
            for (int i = 0; i < repeat + 2; i++) {
                long start = System.nanoTime();
                HttpResponse<String> answer = CLIENT.send(HttpRequest.newBuilder(URI.create(base
                                + "/api/v1/searches?size=50")).header("Authorization", basic(investigator))
                        .header("Content-Type", "application/json").timeout(Duration.ofSeconds(120))
                        .POST(HttpRequest.BodyPublishers.ofString(parts[1])).build(),
                        HttpResponse.BodyHandlers.ofString());
                long took = System.nanoTime() - start;
                if (answer.statusCode() != 201) {
                    throw new IllegalStateException(parts[0] + ": " + answer.statusCode() + " " + answer.body());
                }
                Matcher m = Pattern.compile("\"total\":(\\d+)").matcher(answer.body());
                total = m.find() ? Long.parseLong(m.group(1)) : -1;
                if (i >= 2) {
                    times.add(took); // the first two warm the caches
                }
            }
            out.append(out.length() > 1 ? ", " : "").append(String.format("\"%s\": {\"p50Ms\": %.1f, \"p95Ms\": %.1f,"
                    + " \"results\": %d}", parts[0], percentile(times, 50), percentile(times, 95), total));
        }
        System.out.println(out.append('}'));
    }

    /**
     * The COPY baseline's input: the same rows ingest stores, as CSV for {@code plate_read} and
     * {@code plate_read_image}, all on one camera within the last hour.
     */
    static void copyFiles(Path directory, String cameraId, int rows) throws IOException {
        String jpegHex = "\\x" + java.util.HexFormat.of().formatHex(plateCrop());
        SplittableRandom random = new SplittableRandom(3);
        Instant now = Instant.now();
        try (var reads = Files.newBufferedWriter(directory.resolve("reads.csv"));
             var images = Files.newBufferedWriter(directory.resolve("images.csv"))) {
            for (int i = 0; i < rows; i++) {
                String id = java.util.UUID.randomUUID().toString();
                String plate = randomPlate(random);
                Instant at = now.minusMillis(i);
                reads.write(id + "," + cameraId + "," + plate + "," + plate + ",MO," + at + "," + now
                        + ",36.3,-95.3,90.5\n");
                images.write(id + "," + at + ",PLATE," + jpegHex + "\n");
            }
        }
    }

    static String randomPlate(SplittableRandom random) {
        String alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
        StringBuilder plate = new StringBuilder(7);
        for (int i = 0; i < 7; i++) {
            plate.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return plate.toString();
    }

    /** A plate crop of the size cameras send: 200 by 60 pixels, a few kilobytes as JPEG. */
    static byte[] plateCrop() throws IOException {
        BufferedImage image = new BufferedImage(200, 60, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 200, 60);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.MONOSPACED, Font.BOLD, 40));
        g.drawString("ABC1234", 10, 45);
        g.dispose();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", jpeg);
        return jpeg.toByteArray();
    }

    static double percentile(List<Long> nanos, int p) {
        if (nanos.isEmpty()) {
            return -1;
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int at = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(at, sorted.size() - 1))) / 1e6;
    }

    static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }
}
