package org.platekeeper.reads.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ImageFieldTest {

    @Test
    @DisplayName("base64 wrapped in lines and spaces decodes like the unwrapped text; unwrapped text is used as sent")
    void stripsWhitespaceFromBase64() {
        byte[] image = new byte[300];
        for (int i = 0; i < image.length; i++) {
            image[i] = (byte) (i * 7);
        }
        String plain = Base64.getEncoder().encodeToString(image);
        String wrapped = Base64.getMimeEncoder().encodeToString(image).replace("Q", " Q\t");
        assertThat(wrapped).contains("\r\n");
        assertThat(Base64.getDecoder().decode(ReadIngest.withoutWhitespace(wrapped))).isEqualTo(image);
        assertThat(ReadIngest.withoutWhitespace(plain)).isSameAs(plain);
    }
}
