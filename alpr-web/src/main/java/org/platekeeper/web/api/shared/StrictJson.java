package org.platekeeper.web.api.shared;

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

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /** For resources that read a body of more than one shape themselves. */
    public static Jsonb jsonb() {
        return JSONB;
    }
}
