package org.platekeeper.reads.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Instant;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.platekeeper.shared.application.InvalidRequestException;

class OpenAlprAgentMessageTest {

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    @DisplayName("an alpr_group becomes one read with state, time, place, images, vehicle and candidates")
    void group() {
        OpenAlprAgentMessage message = OpenAlprAgentMessage.from(json("""
                {"data_type": "alpr_group", "version": 2, "epoch_start": 1795000000123, "epoch_end": 1795000001000,
                 "best_plate_number": "ABC1234", "best_confidence": 91.25, "best_region": "us-in",
                 "best_region_confidence": 80, "gps_latitude": 39.1, "gps_longitude": -94.5,
                 "travel_direction": 180, "is_parked": false, "speed_estimate": 44.2,
                 "best_plate": {"plate": "ABC1234", "plate_crop_jpeg": "/9j/AAAA"},
                 "vehicle_crop_jpeg": "/9j/BBBB",
                 "vehicle": {"color": [{"name": "black", "confidence": 90}, {"name": "gray", "confidence": 5}],
                             "make": [{"name": "ford", "confidence": 70}],
                             "body_type": [{"name": "sedan-standard", "confidence": 60}]},
                 "candidates": [{"plate": "ABC1234", "confidence": 91}, {"plate": "A8C1234", "confidence": 70}]}
                """));

        assertThat(message.heartbeat()).isFalse();
        assertThat(message.reads()).singleElement().satisfies(read -> {
            assertThat(read.plate()).isEqualTo("ABC1234");
            assertThat(read.state()).isEqualTo("IN");
            assertThat(read.capturedAt().toInstant()).isEqualTo(Instant.ofEpochMilli(1795000000123L));
            assertThat(read.latitude()).isEqualTo(39.1);
            assertThat(read.longitude()).isEqualTo(-94.5);
            assertThat(read.confidence()).isEqualTo(91.25f);
            assertThat(read.candidates()).containsExactly("ABC1234", "A8C1234");
            assertThat(read.plateImage()).isEqualTo("/9j/AAAA");
            assertThat(read.vehicleImage()).isEqualTo("/9j/BBBB");
            assertThat(read.vehicle()).isEqualTo(new CapturedRead.Vehicle("ford", "black", "sedan-standard"));
        });
    }

    @Test
    @DisplayName("alpr_results gives one read per plate found in the frame; a zero GPS fix is no place")
    void results() {
        OpenAlprAgentMessage message = OpenAlprAgentMessage.from(json("""
                {"data_type": "alpr_results", "epoch_time": 1795000000000, "gps_latitude": 0, "gps_longitude": 0,
                 "results": [{"plate": "XYZ987", "confidence": 88.1, "region": "us-mo"},
                             {"plate": "LMN456", "confidence": 75.0, "region": "eu-de"}]}
                """));

        assertThat(message.reads()).extracting(CapturedRead::plate).containsExactly("XYZ987", "LMN456");
        assertThat(message.reads()).extracting(CapturedRead::state).containsExactly("MO", null);
        assertThat(message.reads()).allSatisfy(r -> assertThat(r.latitude()).isNull());
    }

    @Test
    @DisplayName("a heartbeat carries no reads")
    void heartbeat() {
        OpenAlprAgentMessage message = OpenAlprAgentMessage.from(json("""
                {"data_type": "heartbeat", "agent_uid": "x", "video_streams": []}"""));
        assertThat(message.heartbeat()).isTrue();
        assertThat(message.reads()).isEmpty();
    }

    @Test
    @DisplayName("regions map to states only for the US and Canada")
    void regions() {
        assertThat(OpenAlprAgentMessage.state("us-xx")).isEqualTo("XX");
        assertThat(OpenAlprAgentMessage.state("ca-on")).isEqualTo("ON");
        assertThat(OpenAlprAgentMessage.state("eu-fr")).isNull();
        assertThat(OpenAlprAgentMessage.state("us")).isNull();
        assertThat(OpenAlprAgentMessage.state(null)).isNull();
    }

    @Test
    @DisplayName("a message without a type, a plate or a time is refused with a message naming the field")
    void refusals() {
        assertThatThrownBy(() -> OpenAlprAgentMessage.from(json("{}")))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("data_type");
        assertThatThrownBy(() -> OpenAlprAgentMessage.from(json("{\"data_type\": \"alpr_video\"}")))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("alpr_video");
        assertThatThrownBy(() -> OpenAlprAgentMessage.from(json(
                "{\"data_type\": \"alpr_group\", \"epoch_start\": 1}")))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("best_plate_number");
        assertThatThrownBy(() -> OpenAlprAgentMessage.from(json(
                "{\"data_type\": \"alpr_group\", \"best_plate_number\": \"A1\"}")))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("epoch_start");
    }
}
