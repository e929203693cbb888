package org.platekeeper.web.api.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    public record Note(String title, List<String> tags) {
    }

    @Test
    @DisplayName("a NUL character in any text of a body is refused, in a field or in a list, naming the field")
    void nulRefused() {
        assertThatThrownBy(() -> StrictJson.jsonb().fromJson("{\"title\":\"a\\u0000b\"}", Note.class))
                .isInstanceOf(JsonbException.class).hasMessageContaining("title")
                .hasRootCauseMessage(TextWithoutNul.MESSAGE);
        assertThatThrownBy(() -> StrictJson.jsonb().fromJson("{\"title\":\"a\",\"tags\":[\"x\\u0000\"]}",
                Note.class)).isInstanceOf(JsonbException.class).hasRootCauseMessage(TextWithoutNul.MESSAGE);
    }

    @Test
    @DisplayName("other text, escapes and control characters included, is read as sent")
    void otherTextKept() {
        Note note = StrictJson.jsonb().fromJson("{\"title\":\"tab\\there \\u00e9\",\"tags\":[\"\"]}", Note.class);
        assertThat(note.title()).isEqualTo("tab\there é");
        assertThat(note.tags()).containsExactly("");
    }

    @Test
    @DisplayName("PC-A1 a JSON object nested deeper than the limit is a parsing error, as malformed JSON is, not a failure of the server")
    void depthBounded() {
        String shallow = "{\"a\":" + "[".repeat(StrictJson.MAX_DEPTH - 2) + "]".repeat(StrictJson.MAX_DEPTH - 2) + "}";
        assertThat(StrictJson.object(shallow).containsKey("a")).isTrue();
        String deep = "{\"a\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}";
        assertThatThrownBy(() -> StrictJson.object(deep)).isInstanceOf(JsonParsingException.class)
                .hasMessageContaining("nested deeper than " + StrictJson.MAX_DEPTH);
        String justOver = "{\"a\":" + "[".repeat(StrictJson.MAX_DEPTH + 1) + "]".repeat(StrictJson.MAX_DEPTH + 1) + "}";
        assertThatThrownBy(() -> StrictJson.object(justOver)).as("the limit is this one, not the parser's thousand")
                .isInstanceOf(JsonParsingException.class);
        assertThatThrownBy(() -> StrictJson.object("{\"a\":")).isInstanceOf(JsonParsingException.class);
    }
}
