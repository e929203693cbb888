package org.platekeeper.web.api.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.platekeeper.shared.application.InvalidRequestException;

class FormBodyTest {

    @Test
    @DisplayName("a form's fields are decoded as a browser encodes them; a missing or empty field is empty")
    void fields() {
        FormBody form = FormBody.of("recipient=County+Prosecutor&passphrase=river%20lantern%20%C3%A9&empty=&flag");
        assertThat(form.field("recipient")).contains("County Prosecutor");
        assertThat(form.field("passphrase")).contains("river lantern é");
        assertThat(form.field("empty")).isEmpty();
        assertThat(form.field("flag")).isEmpty();
        assertThat(form.field("missing")).isEmpty();
        assertThat(FormBody.of("").field("recipient")).isEmpty();
    }

    @Test
    @DisplayName("PC-A1 a malformed escape is the client's mistake, refused as an invalid request")
    void malformedEscape() {
        assertThatThrownBy(() -> FormBody.of("%%%=%zz&passphrase=%")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("URL-encoded");
    }
}
