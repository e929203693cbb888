package org.platekeeper.web.api.shared;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.platekeeper.shared.application.InvalidRequestException;

/**
 * A form post ({@code application/x-www-form-urlencoded}) read as its fields, for the downloads that take a
 * passphrase in the body rather than the address. A malformed escape is the client's mistake, answered 400; the
 * container's form reader would fail on it as an error of the server's.
 */
public final class FormBody {

    private final Map<String, String> fields;

    private FormBody(Map<String, String> fields) {
        this.fields = fields;
    }

    public static FormBody of(String body) {
        Map<String, String> fields = new HashMap<>();
        if (body != null && !body.isEmpty()) {
            for (String pair : body.split("&")) {
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                fields.putIfAbsent(name, value); // the first of a repeated field counts, as a browser sends one
            }
        }
        return new FormBody(fields);
    }

    /** The field's value; empty when it is missing or empty. */
    public Optional<String> field(String name) {
        return Optional.ofNullable(fields.get(name)).filter(v -> !v.isEmpty());
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            throw new InvalidRequestException("the form is not URL-encoded: " + malformed.getMessage());
        }
    }
}
