package org.platekeeper.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.platekeeper.system.HotListFixtures.createList;
import static org.platekeeper.system.HotListFixtures.importFile;
import static org.platekeeper.system.HotListFixtures.uniquePlate;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.platekeeper.system.CameraIngestIT.RegisteredCamera;
import org.platekeeper.system.TestUsers.User;

/**
 * Two servers on one database, as behind a load balancer: the system-test server and its twin (the same
 * installation, its own ports), which this test starts, kills with SIGKILL in the middle of ingest, restarts and
 * stops. Runs where the test run gives the servers a database of its own (scripts/test.sh does).
 */
@DisplayName("Two servers, one database: changes and alerts reach both; a server killed mid-ingest loses nothing")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final String TWIN = System.getProperty("platekeeper.twin.url", "http://localhost:9083");
    private static final String TWIN_SERVER = System.getProperty("platekeeper.twin.server.name", "platekeeper-twin");
    private static final Path WLP = Path.of(System.getProperty("platekeeper.wlp.dir", "target/liberty/wlp"));
    private static final int POLICY_VIOLATION = 1008;

    private static User admin;
    private static User officer;
    private static User investigator;
    private static RegisteredCamera camera;

    @BeforeAll
    static void startTwin() throws Exception {
        assumeTrue(System.getenv("ALPR_DB_URL") != null,
                "the twin shares the database that the test run gives the servers (scripts/test.sh)");
        admin = TestUsers.trained("ADMINISTRATOR");
        officer = TestUsers.trained("OFFICER");
        investigator = TestUsers.trained("INVESTIGATOR");
        camera = CameraIngestIT.fixedCamera();
        start();
    }

    @AfterAll
    static void stopTwin() throws Exception {
        if (System.getenv("ALPR_DB_URL") != null) {
            server("stop");
        }
    }

    @Test
    @Order(1)
    @DisplayName("OD-D1 a hot-list import completed on one server raises alerts on the other a second later")
    void hotListChangeReachesTheTwin() throws Exception {
        String plate = uniquePlate();
        listOf(plate);
        Thread.sleep(1000);

        String readId = sendTo(TWIN, plate);
        assertThat(alertsAt(TWIN, officer)).as("alerts on the twin").contains(readId);
        assertThat(alertsAt(Api.BASE_URL, officer)).as("and on the first server").contains(readId);
    }

    @Test
    @Order(2)
    @DisplayName("OD-V1 an alert raised on either server is pushed to officers connected to both, and a search finds the reads on either")
    void alertsReachBothAndSearchWorksOnEither() throws Exception {
        String plate = uniquePlate();
        listOf(plate);
        BlockingQueue<String> first = new LinkedBlockingQueue<>();
        BlockingQueue<String> second = new LinkedBlockingQueue<>();
        WebSocket onFirst = AlertsIT.connectAt(Api.BASE_URL, officer, first, null, new CompletableFuture<>());
        WebSocket onTwin = AlertsIT.connectAt(TWIN, officer, second, null, new CompletableFuture<>());
        try {
            Thread.sleep(1000);
            sendTo(TWIN, plate);
            assertThat(awaitMention(first, plate)).as("pushed by the first server for a read on the twin").isTrue();
            assertThat(awaitMention(second, plate)).as("pushed by the twin").isTrue();
            first.clear();
            second.clear();
            sendTo(Api.BASE_URL, plate);
            assertThat(awaitMention(second, plate)).as("pushed by the twin for a read on the first").isTrue();
            assertThat(awaitMention(first, plate)).as("pushed by the first server").isTrue();
        } finally {
            onFirst.abort();
            onTwin.abort();
        }

        for (String server : List.of(Api.BASE_URL, TWIN)) {
            Api.Answer found = Api.send(Api.requestAt(server, "/api/v1/searches", investigator.name(),
                    investigator.password()).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"plate\":\"" + plate
                            + "\",\"caseNumber\":\"26-7002\"}")));
            assertThat(found.status()).as(server + " " + found).isEqualTo(201);
            assertThat(found.body()).as(server).contains(plate);
            assertThat(found.json().getJsonArray("results")).as(server + ": both reads").hasSize(2);
        }
    }

    @Test
    @Order(3)
    @DisplayName("AC-2 an account disabled on one server loses its alert stream on the other")
    void revocationReachesTheTwin() throws Exception {
        User leaving = TestUsers.trained("OFFICER");
        CompletableFuture<Integer> closed = new CompletableFuture<>();
        WebSocket onTwin = AlertsIT.connectAt(TWIN, leaving, new LinkedBlockingQueue<>(), null, closed);
        try {
            Api.Answer disabled = Api.post("/api/v1/users/" + leaving.name() + "/disable", admin.name(),
                    admin.password(), "");
            assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
            assertThat(closed.get(10, TimeUnit.SECONDS)).isEqualTo(POLICY_VIOLATION);
        } finally {
            onTwin.abort();
        }
    }

    @Test
    @Order(4)
    @DisplayName("PC-A1 OD-V1 PC-C1 a server killed (SIGKILL) during sustained ingest loses no answered read, leaves no matching read without its alert, matches again after its restart and takes up its own interrupted import, purge and report, not the other server's")
    void killedMidIngestLosesNothing() throws Exception {
        List<String> listed = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            listed.add(uniquePlate());
        }
        listOf(listed.toArray(String[]::new));
        Thread.sleep(1000);

        Set<UUID> answered = ConcurrentHashMap.newKeySet();
        Set<UUID> answeredMatching = ConcurrentHashMap.newKeySet();
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicBoolean sending = new AtomicBoolean(true);
        ExecutorService senders = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            senders.submit(() -> {
                while (sending.get()) {
                    boolean matching = ThreadLocalRandom.current().nextInt(4) == 0;
                    String plate = matching ? listed.get(ThreadLocalRandom.current().nextInt(listed.size()))
                            : uniquePlate();
                    sent.incrementAndGet();
                    try {
                        Api.Answer answer = Api.send(Api.requestAt(TWIN, "/api/v1/reads", null, null)
                                .timeout(Duration.ofSeconds(10))
                                .header("Authorization", "Bearer " + camera.token())
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        CameraIngestIT.read(plate, CameraIngestIT.minutesAgo(0), ""))));
                        if (answer.status() / 100 == 2) {
                            UUID id = UUID.fromString(answer.json().getJsonArray("ids").getString(0));
                            answered.add(id);
                            if (matching) {
                                answeredMatching.add(id);
                            }
                        } else {
                            failed.incrementAndGet();
                        }
                    } catch (RuntimeException refused) {
                        failed.incrementAndGet();
                        pause(); // a camera agent waits before it tries again
                    }
                }
            });
        }
        Thread.sleep(6000);
        int answeredBeforeKill = answered.size();
        kill();
        Thread.sleep(1500);
        sending.set(false);
        senders.shutdown();
        assertThat(senders.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(answeredBeforeKill).as("sustained ingest before the kill").isGreaterThan(20);

        Interrupted twinWork = interruptedWorkOf(TWIN_SERVER);
        Interrupted firstServersWork = interruptedWorkOf("platekeeper-it");
        start();
        int found = count("select count(*) from plate_read where id = any(?)", answered);
        int alerted = count("select count(distinct read_id) from alert where read_id = any(?)", answeredMatching);
        int doubled = count("select count(*) from (select read_id from alert where read_id = any(?) group by"
                + " read_id, entry_id having count(*) > 1) d", answered);
        int storedMatchingWithoutAlert = countUnalerted(listed);
        String figures = "reads sent " + sent.get() + ", answered 2xx " + answered.size() + " (matching "
                + answeredMatching.size() + "), refused or cut off " + failed.get() + "; found after restart "
                + found + "; alerts expected " + answeredMatching.size() + ", raised " + alerted
                + "; stored matching reads without an alert " + storedMatchingWithoutAlert + "; doubled " + doubled;
        System.out.println("ClusterIT crash figures: " + figures);
        Files.writeString(Path.of("target", "cluster-crash-figures.txt"), figures + System.lineSeparator());

        assertThat(found).as(figures).isEqualTo(answered.size());
        assertThat(alerted).as(figures).isEqualTo(answeredMatching.size());
        assertThat(storedMatchingWithoutAlert).as(figures).isZero();
        assertThat(doubled).as(figures).isZero();

        String after = sendTo(TWIN, listed.get(0));
        assertThat(alertsAt(TWIN, officer)).as("the restarted twin's index and alert queue").contains(after);

        assertThat(status("hot_list_import", twinWork.importId())).as("the twin's interrupted import")
                .isEqualTo("FAILED");
        assertThat(Database.column("select count(*) from hot_list_entry where list_id = ? and generation = 1",
                UUID.fromString(twinWork.listId()))).as("its half-loaded generation is gone").containsExactly("0");
        assertThat(status("purge_run", twinWork.purgeId())).as("the twin's interrupted purge").isEqualTo("FAILED");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!"DONE".equals(status("generated_report", twinWork.reportId())) && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        assertThat(status("generated_report", twinWork.reportId())).as("the twin's interrupted report, made again")
                .isEqualTo("DONE");
        assertThat(status("hot_list_import", firstServersWork.importId())).as("the other server's import")
                .isEqualTo("RUNNING");
        assertThat(status("purge_run", firstServersWork.purgeId())).isEqualTo("RUNNING");
        assertThat(status("generated_report", firstServersWork.reportId())).isEqualTo("RUNNING");
        finish(firstServersWork);
    }

    /** Work a server was doing, as a crash leaves it: an import half loaded, a purge and a report running. */
    private record Interrupted(String listId, String importId, String purgeId, String reportId) {
    }

    private static Interrupted interruptedWorkOf(String serverName) throws Exception {
        String server = java.net.InetAddress.getLocalHost().getHostName() + "/" + serverName;
        String list = createList(admin, "STOLEN_VEHICLE", "LOCAL");
        UUID importId = UUID.randomUUID();
        UUID purgeId = UUID.randomUUID();
        UUID reportId = UUID.randomUUID();
        try (Connection c = Database.connect()) {
            execute(c, "insert into hot_list_import (id, list_id, format, status, generation, file_bytes, started_by,"
                    + " started_at, server) values (?, ?, 'GENERIC_CSV', 'RUNNING', 1, 100, 'admin', now(), ?)",
                    importId, UUID.fromString(list), server);
            execute(c, "insert into hot_list_entry (list_id, generation, plate, kind, status) values (?, 1,"
                    + " 'HALF1', 'STOLEN_VEHICLE', 'ACTIVE')", UUID.fromString(list));
            execute(c, "insert into purge_run (id, trigger, started_by, started_at, cutoff, retention_days, status,"
                    + " days, server) values (?, 'SCHEDULED', 'system', now(), now() - interval '30 days', 30,"
                    + " 'RUNNING', '', ?)",
                    purgeId, server);
            execute(c, "insert into generated_report (id, kind, period_from, period_to, status, progress, scheduled,"
                    + " requested_by, requested_at, keep_until, server) values (?, 'TRANSPARENCY_SUMMARY',"
                    + " current_date - 30, current_date - 1, 'RUNNING', 60, false, ?, now(), current_date + 365, ?)",
                    reportId, admin.name(), server);
        }
        return new Interrupted(list, importId.toString(), purgeId.toString(), reportId.toString());
    }

    /** Ends the rows made for the server that was not restarted, as it would have. */
    private static void finish(Interrupted work) throws Exception {
        try (Connection c = Database.connect()) {
            execute(c, "update hot_list_import set status = 'FAILED', finished_at = now() where id = ?",
                    UUID.fromString(work.importId()));
            execute(c, "delete from hot_list_entry where list_id = ? and generation = 1", UUID.fromString(work.listId()));
            execute(c, "update purge_run set status = 'FAILED', finished_at = now() where id = ?",
                    UUID.fromString(work.purgeId()));
            execute(c, "update generated_report set status = 'FAILED', finished_at = now() where id = ?",
                    UUID.fromString(work.reportId()));
        }
    }

    private static void execute(Connection c, String sql, Object... values) throws Exception {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                p.setObject(i + 1, values[i]);
            }
            p.executeUpdate();
        }
    }

    private static String status(String table, String id) throws Exception {
        return Database.column("select status from " + table + " where id = ?", UUID.fromString(id)).get(0);
    }

    /** Replaces a new list's entries with these plates (state OK) on the first server. */
    private static void listOf(String... plates) {
        String list = createList(admin, "STOLEN_VEHICLE", "LOCAL");
        StringBuilder file = new StringBuilder("plate,state,kind,reason,case_number\n");
        for (String plate : plates) {
            file.append(plate).append(",OK,stolen vehicle,Two-server test,26-7001\n");
        }
        JsonObject report = importFile(admin, list, "GENERIC_CSV", file.toString());
        assertThat(report.getString("status")).isEqualTo("COMPLETED");
    }

    private static String sendTo(String server, String plate) {
        Api.Answer sent = Api.send(Api.requestAt(server, "/api/v1/reads", null, null)
                .header("Authorization", "Bearer " + camera.token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(CameraIngestIT.read(plate, CameraIngestIT.minutesAgo(0),
                        ""))));
        assertThat(sent.status()).as(server + " " + sent).isEqualTo(201);
        return sent.json().getJsonArray("ids").getString(0);
    }

    private static List<String> alertsAt(String server, User user) {
        Api.Answer open = Api.send(Api.requestAt(server, "/api/v1/alerts", user.name(), user.password()).GET());
        assertThat(open.status()).as(server + " " + open).isEqualTo(200);
        return open.array().stream().map(JsonObject.class::cast).map(a -> a.getString("readId")).toList();
    }

    private static boolean awaitMention(BlockingQueue<String> messages, String plate) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            String next = messages.poll(200, TimeUnit.MILLISECONDS);
            if (next != null && next.contains(plate)) {
                return true;
            }
        }
        return false;
    }

    private static int count(String sql, Set<UUID> ids) throws Exception {
        try (Connection c = Database.connect(); PreparedStatement p = c.prepareStatement(sql)) {
            Array array = c.createArrayOf("uuid", ids.toArray());
            p.setArray(1, array);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    /** Every read of the test camera with a listed plate, answered or not, that has no alert. */
    private static int countUnalerted(List<String> plates) throws Exception {
        try (Connection c = Database.connect(); PreparedStatement p = c.prepareStatement("""
                select count(*) from plate_read r where r.camera_id = ? and r.plate = any(?)
                   and not exists (select 1 from alert a where a.read_id = r.id)""")) {
            p.setObject(1, UUID.fromString(camera.id()));
            p.setArray(2, c.createArrayOf("varchar", plates.toArray()));
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }

    /** As docs/operations.md says of a second server: the same audit-chain key file as the first. */
    private static void start() throws Exception {
        Path first = Path.of(System.getProperty("platekeeper.server.dir",
                WLP.resolve("usr/servers/platekeeper-it").toString()));
        Files.copy(first.resolve("audit-chain.keys"), WLP.resolve("usr/servers/" + TWIN_SERVER + "/audit-chain.keys"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        server("start");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < deadline) {
            try {
                if (Api.send(Api.requestAt(TWIN, "/health/ready", null, null).GET()).status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the twin server did not become ready; see its log under " + WLP);
    }

    /** SIGKILL, as a power cut or the kernel's out-of-memory killer would: no shutdown hook runs. */
    private static void kill() throws IOException {
        long pid = Long.parseLong(Files.readString(WLP.resolve("usr/servers/.pid/" + TWIN_SERVER + ".pid")).trim());
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("no twin process " + pid));
        assertThat(process.destroyForcibly()).isTrue();
        process.onExit().join();
    }

    private static void server(String command) throws Exception {
        Process process = new ProcessBuilder(WLP.resolve("bin/server").toString(), command, TWIN_SERVER)
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", "twin-" + command + ".log").toFile()).start();
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("server " + command).isTrue();
    }
}
