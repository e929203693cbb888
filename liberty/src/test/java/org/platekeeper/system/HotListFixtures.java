package org.platekeeper.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.platekeeper.system.TestUsers.User;

/** Lists, imports, plates and reads for the hot-list and alert tests. */
final class HotListFixtures {

    private HotListFixtures() {
    }

    /** A plate no other test uses: seven letters and digits, none of them confusable with another. */
    static String uniquePlate() {
        String alphabet = "ACEFHJKMNPRTUVWXY34679";
        StringBuilder plate = new StringBuilder();
        java.util.Random random = new java.util.Random(UUID.randomUUID().getMostSignificantBits());
        for (int i = 0; i < 7; i++) {
            plate.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return plate.toString();
    }

    static String createList(User admin, String kind, String source) {
        return createList(admin, kind, source, source.toLowerCase(Locale.ROOT) + " list " + UUID.randomUUID());
    }

    static String createList(User admin, String kind, String source, String name) {
        Api.Answer created = Api.post("/api/v1/hotlists", admin.name(), admin.password(),
                "{\"name\":\"" + name + "\",\"kind\":\"" + kind + "\",\"source\":\"" + source + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getString("id");
    }

    static Api.Answer startImport(User user, String listId, String format, String file) {
        return Api.send(Api.request("/api/v1/hotlists/" + listId + "/imports?format=" + format
                        + "&fileName=test.txt", user.name(), user.password()).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(file, StandardCharsets.UTF_8)));
    }

    /** Imports a file and waits for the import to end; answers its report. */
    static JsonObject importFile(User user, String listId, String format, String file) {
        Api.Answer started = startImport(user, listId, format, file);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        return awaitImport(user, started.json().getString("id"));
    }

    static JsonObject awaitImport(User user, String importId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            Api.Answer status = Api.get("/api/v1/hotlists/imports/" + importId, user.name(), user.password());
            assertThat(status.status()).as(status.toString()).isEqualTo(200);
            if (!status.json().getString("status").equals("RUNNING")) {
                return status.json();
            }
            sleep(200);
        }
        throw new AssertionError("import " + importId + " did not end within a minute");
    }

    /** A line of an NCIC fixed-width extract with the fields at their columns. */
    static String ncicLine(char code, String plate, String state) {
        StringBuilder line = new StringBuilder(" ".repeat(58));
        put(line, 0, String.valueOf(code));
        put(line, 1, code + "123456789");
        put(line, 19, "20261101");
        put(line, 27, plate);
        put(line, 37, state);
        put(line, 39, "2026");
        put(line, 45, "2019");
        put(line, 49, "FORD");
        put(line, 53, "F15");
        return line + "BLK";
    }

    private static void put(StringBuilder line, int at, String value) {
        line.replace(at, at + value.length(), value);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
