package org.platekeeper.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.platekeeper.system.CameraIngestIT.RegisteredCamera;
import org.platekeeper.system.TestUsers.User;

/**
 * The API's rate limits per camera, per user and per address (the system-test server allows each 1,200 requests a
 * minute: src/test/liberty/server.env). Each test floods with one caller and checks that the caller is told to
 * wait while another is not.
 */
@DisplayName("Rate limits per camera, per user and per address")
class RateLimitIT {

    private static final int PER_MINUTE = 1200;

    /** The answers to the same request sent from four threads until one is refused, at most a minute's and a half. */
    private static Flood flood(Supplier<HttpRequest.Builder> request) throws Exception {
        AtomicInteger passed = new AtomicInteger();
        AtomicInteger sent = new AtomicInteger();
        Api.Answer[] refused = new Api.Answer[1];
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> running = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                running.add(threads.submit(() -> {
                    while (refused[0] == null && sent.incrementAndGet() <= PER_MINUTE * 3 / 2) {
                        Api.Answer answer = Api.send(request.get());
                        if (answer.status() == 429) {
                            synchronized (refused) {
                                refused[0] = refused[0] == null ? answer : refused[0];
                            }
                        } else {
                            passed.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> f : running) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        return new Flood(passed.get(), refused[0]);
    }

    private record Flood(int passed, Api.Answer refused) {

        void assertHeldToTheLimit(String who) {
            assertThat(refused).as("a " + who + " past the limit is refused").isNotNull();
            assertThat(passed).as("but only past a minute's allowance").isGreaterThanOrEqualTo(PER_MINUTE);
            assertThat(refused.body()).contains("too_many_requests", who);
            assertThat(Long.parseLong(refused.raw().headers().firstValue("Retry-After").orElseThrow()))
                    .isBetween(1L, 60L);
        }
    }

    @Test
    @DisplayName("SC-5 a camera that floods the API is answered 429 with Retry-After, another camera is not held up")
    void perCamera() throws Exception {
        RegisteredCamera flooding = CameraIngestIT.fixedCamera();
        RegisteredCamera other = CameraIngestIT.fixedCamera();
        Flood flood = flood(() -> Api.request("/api/v1/reads", null, null)
                .header("Authorization", "Bearer " + flooding.token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[]")));
        flood.assertHeldToTheLimit("this camera");
        assertThat(CameraIngestIT.send(other, CameraIngestIT.read(HotListFixtures.uniquePlate(),
                CameraIngestIT.minutesAgo(0), "")).status()).isEqualTo(201);
    }

    @Test
    @DisplayName("SC-5 a user's script that floods the API is answered 429, another user is not held up")
    void perUser() throws Exception {
        User scripted = TestUsers.trained("INVESTIGATOR");
        User other = TestUsers.trained("INVESTIGATOR");
        Api.Answer issued = Api.post("/api/v1/me/api-tokens", scripted.name(), scripted.password(),
                "{\"label\":\"flood\"}");
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        String token = issued.json().getString("secret");
        Flood flood = flood(() -> Api.request("/api/v1/me", null, null).header("Authorization", "Bearer " + token)
                .GET());
        flood.assertHeldToTheLimit("this user");
        assertThat(Api.get("/api/v1/me", other.name(), other.password()).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("SC-5 an address that floods the public API (the records-request form) is answered 429 before the body is read")
    void perAddress() throws Exception {
        // from ::1, so that 127.0.0.1, which the other system tests use, keeps its allowance
        String viaIpv6 = Api.BASE_URL.replace("localhost", "[::1]");
        boolean reachable;
        try {
            reachable = Api.send(Api.requestAt(viaIpv6, "/health/ready", null, null).GET()).status() == 200;
        } catch (RuntimeException noIpv6) {
            reachable = false;
        }
        assumeTrue(reachable, "the server is reachable over IPv6 loopback");
        Flood flood = flood(() -> Api.requestAt(viaIpv6, "/api/public/records-requests", null, null)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
        flood.assertHeldToTheLimit("this address");
        assertThat(Api.send(Api.request("/api/public/records-requests", null, null)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")))
                .status()).as("from another address, refused for its body only").isEqualTo(400);
    }
}
