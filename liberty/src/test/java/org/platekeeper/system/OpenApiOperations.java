package org.platekeeper.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** Every operation the served OpenAPI document names, made concrete enough to be called by a probe. */
final class OpenApiOperations {

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    private OpenApiOperations() {
    }

    /** An operation as probed: its path with a value for each parameter, and the body type it takes. */
    record Probe(String path, String contentType) {
    }

    /**
     * Every operation of the served OpenAPI document, with a value for each path parameter of its type and the
     * last body type it declares in alphabetical order (JSON where it declares none), so that the role check is
     * reached, not a 415, and the probe is the same on every run.
     */
    static Map<String, Probe> all() {
        Api.Answer doc = Api.send(Api.request("/openapi", null, null).setHeader("Accept", "application/json").GET());
        assertThat(doc.status()).isEqualTo(200);
        JsonObject paths = Json.createReader(new java.io.StringReader(doc.body())).readObject().getJsonObject("paths");
        Map<String, Probe> operations = new TreeMap<>();
        paths.forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
            if (Set.of("get", "post", "put", "delete", "patch").contains(method)) {
                JsonObject body = operation.asJsonObject().getJsonObject("requestBody");
                String contentType = body == null || !body.containsKey("content") || body.getJsonObject("content")
                        .isEmpty() ? "application/json"
                        : new java.util.TreeSet<>(body.getJsonObject("content").keySet()).last(); // the same each run
                operations.put(method.toUpperCase() + " " + path, new Probe(concrete(path, item.asJsonObject(),
                        operation.asJsonObject()), contentType.replace("*", "x-probe")));
            }
        }));
        return operations;
    }

    private static String concrete(String path, JsonObject item, JsonObject operation) {
        Map<String, String> types = new LinkedHashMap<>();
        for (JsonObject holder : new JsonObject[] {item, operation}) {
            if (holder.containsKey("parameters")) {
                holder.getJsonArray("parameters").stream().map(JsonValue::asJsonObject)
                        .filter(p -> "path".equals(p.getString("in", "")))
                        .forEach(p -> types.put(p.getString("name"), type(p.getJsonObject("schema"))));
            }
        }
        Matcher m = PATH_PARAMETER.matcher(path);
        StringBuilder concrete = new StringBuilder();
        while (m.find()) {
            String type = types.getOrDefault(m.group(1), "string/");
            String value = type.startsWith("integer") || type.startsWith("number") ? "999999999"
                    : type.endsWith("uuid") ? "00000000-0000-0000-0000-00000000dead"
                    : "kind".equals(m.group(1)) ? "plate" : "nobody"; // an image kind, as the paths take it
            m.appendReplacement(concrete, value);
        }
        m.appendTail(concrete);
        return concrete.toString();
    }

    private static String type(JsonObject schema) {
        if (schema == null) {
            return "string/";
        }
        if (schema.containsKey("$ref")) {
            return schema.getString("$ref").endsWith("/UUID") ? "string/uuid" : "string/";
        }
        return schema.getString("type", "string") + "/" + schema.getString("format", "");
    }

}
