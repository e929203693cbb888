package org.platekeeper.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.platekeeper.system.CameraIngestIT.RegisteredCamera;

@DisplayName("The public transparency page")
class TransparencyIT {

    private static RegisteredCamera camera;

    @BeforeAll
    static void camera() {
        camera = CameraIngestIT.fixedCamera();
    }

    private static JsonObject publicFigures() {
        Api.Answer answer = Api.get("/api/public/transparency", null, null);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    private static long single(String sql) throws SQLException {
        try (Connection c = Database.connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    @DisplayName("OD-T1 PC-F1 anyone sees the policy in force and figures computed from the live data, without "
            + "signing in")
    void figuresFromLiveData() throws SQLException {
        JsonObject before = publicFigures();
        assertThat(before.getString("agency")).isEqualTo("Odessa Police Department");
        assertThat(before.getInt("readRetentionDays")).isEqualTo(30);
        assertThat(before.getJsonArray("authorisedPurposes").toString()).contains("Stolen vehicle", "AMBER alert");
        JsonObject figures = before.getJsonObject("figures");
        assertThat(figures.getJsonObject("camerasByType").getJsonNumber("FIXED").longValue())
                .isEqualTo(single("select count(*) from camera where status = 'ACTIVE' and type = 'FIXED'"));

        String plate = "TR" + UUID.randomUUID().toString().replace("-", "").substring(0, 5).toUpperCase();
        assertThat(CameraIngestIT.send(camera, CameraIngestIT.read(plate, CameraIngestIT.minutesAgo(2), ""))
                .status()).isEqualTo(201);
        JsonObject after = publicFigures().getJsonObject("figures");
        assertThat(after.getJsonNumber("reads").longValue()).as("the read just sent is counted")
                .isEqualTo(figures.getJsonNumber("reads").longValue() + 1);

        ConsoleBrowser.Page page = new ConsoleBrowser().get("/transparency.xhtml");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Odessa Police Department General Order", "30 calendar days",
                "Missouri Sunshine Law", "Plate reads captured", "Stolen vehicle");
        assertThat(new ConsoleBrowser().get("/transparency").location()).endsWith("/transparency.xhtml");
    }

    @Test
    @DisplayName("OD-T1 the public page shows no plate, person or place below the kind of camera")
    void nothingPersonal() {
        String plate = "TP" + UUID.randomUUID().toString().replace("-", "").substring(0, 5).toUpperCase();
        assertThat(CameraIngestIT.send(camera, CameraIngestIT.read(plate, CameraIngestIT.minutesAgo(1), ""))
                .status()).isEqualTo(201);
        TestUsers.User investigator = TestUsers.trained("INVESTIGATOR");
        assertThat(SearchIT.search(investigator, "\"plate\":\"" + plate + "\",\"caseNumber\":\"26-7777\"").status())
                .isEqualTo(201);

        String json = Api.get("/api/public/transparency", null, null).body();
        String html = new ConsoleBrowser().get("/transparency.xhtml").body();
        for (String text : new String[] {json, html}) {
            assertThat(text).doesNotContain(plate, "Main St", "36.30", investigator.name(), "26-7777");
        }
    }
}
