package org.platekeeper.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Creates users through the administrator API, each with a unique name so the tests can run again against the
 * same database.
 */
public final class TestUsers {

    public static final String PASSWORD = "system-test-password";

    private TestUsers() {
    }

    public record User(String name, String password) {
    }

    /** A user with these roles and training that is current today. */
    public static User trained(String... roles) {
        User user = untrained(roles);
        recordTraining(user.name(), LocalDate.now().minusDays(30), LocalDate.now().plusYears(1));
        return user;
    }

    public static User untrained(String... roles) {
        String prefix = roles.length == 0 ? "norole" : roles[0].toLowerCase(Locale.ROOT).replace('_', '-');
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        String roleList = Arrays.stream(roles).map(r -> "\"" + r + "\"").collect(Collectors.joining(","));
        Api.Answer created = Api.post("/api/v1/users", Api.ADMIN, Api.ADMIN_PASSWORD,
                "{\"username\":\"" + name + "\",\"displayName\":\"Test " + name + "\",\"password\":\"" + PASSWORD
                        + "\",\"roles\":[" + roleList + "]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return new User(name, PASSWORD);
    }

    public static void recordTraining(String name, LocalDate completed, LocalDate expires) {
        Api.Answer trained = Api.post("/api/v1/users/" + name + "/training", Api.ADMIN, Api.ADMIN_PASSWORD,
                "{\"course\":\"LPR operator course\",\"completedOn\":\"" + completed + "\",\"expiresOn\":\""
                        + expires + "\"}");
        assertThat(trained.status()).as(trained.toString()).isEqualTo(200);
    }
}
