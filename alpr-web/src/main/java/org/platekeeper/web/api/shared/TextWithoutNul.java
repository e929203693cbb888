package org.platekeeper.web.api.shared;

import java.lang.reflect.Type;

import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;

/**
 * Every text of a request body, refused when it holds the NUL character: PostgreSQL cannot store it, so it would
 * fail the write deep in a transaction instead of being the client's mistake it is.
 */
public class TextWithoutNul implements JsonbDeserializer<String> {

    static final String MESSAGE = "text may not contain the NUL character (\\u0000)";

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context, Type rtType) {
        String text = parser.getString();
        if (text.indexOf('\0') >= 0) {
            throw new JsonbException(MESSAGE);
        }
        return text;
    }
}
