package org.platekeeper.web.api.shared;

import java.io.StringReader;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON binding that refuses what it does not understand: an unknown field is a client mistake (a typo in
 * {@code caseNumber} must not silently drop the justification), so it is a 400, not ignored; so is a text that the
 * database cannot hold.
 */
@Provider
public class StrictJson implements ContextResolver<Jsonb> {

    /** Yasson's switch for unknown properties. */
    static final String FAIL_ON_UNKNOWN_PROPERTIES = "jsonb.fail-on-unknown-properties";

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .setProperty(FAIL_ON_UNKNOWN_PROPERTIES, true)
            .withDeserializers(new TextWithoutNul())
            .withFormatting(false));

    /** Agent messages nest a few levels; deeper input is refused before it costs the parser's stack. */
    public static final int MAX_DEPTH = 64;

    /** Parsson's limit on nesting, which it otherwise puts at a thousand levels. */
    static final String MAX_DEPTH_PROPERTY = "org.eclipse.parsson.maxDepth";

    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of(MAX_DEPTH_PROPERTY, MAX_DEPTH));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /** For resources that read a body of more than one shape themselves. */
    public static Jsonb jsonb() {
        return JSONB;
    }

    /**
     * A JSON object, nested at most {@link #MAX_DEPTH} levels. Any failure to parse it is the client's: the parser
     * reports too deep an input as a bare runtime exception, answered here as the 400 it is.
     */
    public static JsonObject object(String json) {
        try (JsonReader reader = READERS.createReader(new StringReader(json))) {
            return reader.readObject();
        } catch (JsonException malformed) {
            throw malformed; // a JsonParsingException among them, answered 400 with the parser's message
        } catch (RuntimeException tooDeep) {
            throw new jakarta.json.stream.JsonParsingException("the JSON is nested deeper than " + MAX_DEPTH
                    + " levels, or cannot be read: " + tooDeep.getMessage(), null);
        }
    }
}
