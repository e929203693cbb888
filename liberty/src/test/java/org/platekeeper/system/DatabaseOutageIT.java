package org.platekeeper.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The database refusing the server, as when PostgreSQL restarts or its connections run out: the role the server
 * connects as is allowed no connections and its open ones are ended, then given back. Nothing else runs meanwhile
 * (the system tests run one class at a time).
 */
@DisplayName("Database outage: refused, told and recovered")
class DatabaseOutageIT {

    private static void refuseTheServer(boolean refused) throws SQLException {
        String role = Database.applicationRole();
        try (Connection owner = Database.connect(); Statement sql = owner.createStatement()) {
            sql.execute("alter role " + role + " connection limit " + (refused ? "0" : "-1"));
            if (refused) {
                sql.execute("select pg_terminate_backend(pid) from pg_stat_activity where usename = '" + role + "'");
            }
        }
    }

    private static int count(CameraIngestIT.RegisteredCamera camera) throws SQLException {
        return Integer.parseInt(Database.column("select count(*)::text from plate_read where camera_id = ?::uuid",
                camera.id()).get(0));
    }

    @Test
    @DisplayName("PC-A1 while the database refuses the server, ingest answers 503 with Retry-After and stores nothing, the console says so, readiness is DOWN, and all come back by themselves")
    void outage() throws Exception {
        CameraIngestIT.RegisteredCamera camera = CameraIngestIT.fixedCamera();
        TestUsers.User officer = TestUsers.trained("OFFICER");
        ConsoleBrowser console = new ConsoleBrowser();
        console.signIn(officer.name(), officer.password());
        String read = CameraIngestIT.read(HotListFixtures.uniquePlate(), CameraIngestIT.minutesAgo(1), "");
        assertThat(CameraIngestIT.send(camera, read).status()).isEqualTo(201);

        refuseTheServer(true);
        try {
            for (int attempt = 0; attempt < 3; attempt++) { // the first may meet a connection just ended
                Api.Answer refused = CameraIngestIT.send(camera, CameraIngestIT.read(HotListFixtures.uniquePlate(),
                        CameraIngestIT.minutesAgo(1), ""));
                assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
                assertThat(refused.header("Retry-After")).isEqualTo("5");
                assertThat(refused.json().getString("error")).isEqualTo("database_unavailable");
            }
            ConsoleBrowser.Page page = console.get("/console/alerts/queue.xhtml");
            assertThat(page.status()).isEqualTo(503);
            assertThat(page.body()).contains("The database does not answer", "nothing you entered was saved");
            assertThat(Api.get("/health/ready", null, null).status()).isEqualTo(503);
        } finally {
            refuseTheServer(false);
        }
        int ready = 0;
        for (int i = 0; i < 60 && ready != 200; i++) {
            Thread.sleep(500);
            ready = Api.get("/health/ready", null, null).status();
        }
        assertThat(ready).as("ready again without a restart").isEqualTo(200);
        assertThat(CameraIngestIT.send(camera, CameraIngestIT.read(HotListFixtures.uniquePlate(),
                CameraIngestIT.minutesAgo(1), "")).status()).isEqualTo(201);
        assertThat(count(camera)).as("the reads answered 201, and none of those answered 503").isEqualTo(2);
        assertThat(console.get("/console/alerts/queue.xhtml").status()).isEqualTo(200);
    }
}
