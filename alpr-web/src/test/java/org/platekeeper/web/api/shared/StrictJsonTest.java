package org.platekeeper.web.api.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import jakarta.json.bind.JsonbException;

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
}
