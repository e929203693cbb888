package org.platekeeper.search.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AreaTest {

    private final SensitiveLocation church = SensitiveLocation.register("First Church",
            SensitiveLocationKind.PLACE_OF_WORSHIP, 36.3000, -95.3000, 50, "admin", Instant.EPOCH);

    @Test
    @DisplayName("PC-B4 a circle that reaches a sensitive location touches it; one a kilometre away does not")
    void circles() {
        assertThat(church.touchedBy(new Area.Circle(36.3010, -95.3000, 100))).isTrue(); // 111 m apart, 100 + 50
        assertThat(church.touchedBy(new Area.Circle(36.3100, -95.3000, 100))).isFalse();
    }

    @Test
    @DisplayName("PC-B4 a polygon touches a location inside it or whose edge passes within its radius")
    void polygons() {
        Area.Polygon around = new Area.Polygon(List.of(new Area.Point(36.29, -95.31), new Area.Point(36.31, -95.31),
                new Area.Point(36.31, -95.29), new Area.Point(36.29, -95.29)));
        assertThat(around.contains(36.30, -95.30)).isTrue();
        assertThat(church.touchedBy(around)).isTrue();
        Area.Polygon beside = new Area.Polygon(List.of(new Area.Point(36.3004, -95.2999),
                new Area.Point(36.3100, -95.2999), new Area.Point(36.3100, -95.2900)));
        assertThat(beside.contains(36.30, -95.30)).isFalse();
        assertThat(church.touchedBy(beside)).as("edge 44 m from the centre").isTrue();
        Area.Polygon far = new Area.Polygon(List.of(new Area.Point(36.40, -95.31), new Area.Point(36.41, -95.31),
                new Area.Point(36.41, -95.29)));
        assertThat(church.touchedBy(far)).isFalse();
    }

    @Test
    @DisplayName("cameras within 150 m of a sensitive location's edge are near it")
    void cameras() {
        assertThat(church.near(36.3015, -95.3000, SensitiveLocation.CAMERA_NEARBY_METRES)).isTrue();
        assertThat(church.near(36.3030, -95.3000, SensitiveLocation.CAMERA_NEARBY_METRES)).isFalse();
    }

    @Test
    @DisplayName("bad areas are refused")
    void invalid() {
        assertThatThrownBy(() -> new Area.Circle(36.3, -95.3, 0)).hasMessageContaining("radiusMeters");
        assertThatThrownBy(() -> new Area.Circle(91, -95.3, 10)).hasMessageContaining("latitude");
        assertThatThrownBy(() -> new Area.Polygon(List.of(new Area.Point(1, 1), new Area.Point(2, 2))))
                .hasMessageContaining("3 to 200");
    }
}
