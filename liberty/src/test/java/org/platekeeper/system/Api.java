package org.platekeeper.system;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

/** A thin HTTP client for the system tests: the real server, over the wire, with JSON answers parsed. */
public final class Api {

    public static final String BASE_URL = System.getProperty("platekeeper.url", "http://localhost:9081");
    public static final String ADMIN = "admin";
    /** The monitoring account of the system-test server (src/test/liberty/server.env). */
    public static final String METRICS_USER = "monitoring";
    public static final String METRICS_PASSWORD = "it-metrics-secret";
    public static final String ADMIN_PASSWORD = System.getProperty("platekeeper.admin.password",
            "it-bootstrap-admin-secret");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Api() {
    }

    /** An answer: status, raw body and the body parsed as JSON when it is JSON. */
    public record Answer(int status, String body, String contentType, HttpResponse<String> raw) {

        public JsonObject json() {
            return (JsonObject) parse();
        }

        public JsonArray array() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    public static HttpClient client() {
        return CLIENT;
    }

    public static Answer get(String path, String user, String password) {
        return send(request(path, user, password).GET());
    }

    public static Answer post(String path, String user, String password, String json) {
        return send(request(path, user, password).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public static Answer put(String path, String user, String password, String json) {
        return send(request(path, user, password).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public static Answer send(String method, String path, String user, String password, String contentType,
                              byte[] body) {
        HttpRequest.Builder builder = request(path, user, password);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public static HttpRequest.Builder request(String path, String user, String password) {
        return requestAt(BASE_URL, path, user, password);
    }

    /** A request to another server than the system-test one: the second installation of the federation tests. */
    public static HttpRequest.Builder requestAt(String baseUrl, String path, String user, String password) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + password)
                    .getBytes(StandardCharsets.UTF_8));
            builder.header("Authorization", "Basic " + token);
        }
        return builder;
    }

    /** A form post ({@code application/x-www-form-urlencoded}) whose answer is a download, kept as bytes. */
    public static HttpResponse<byte[]> postForm(String path, String user, String password, String form) {
        try {
            return CLIENT.send(request(path, user, password).header("Accept", "application/zip")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** /metrics in Prometheus's text format, asked over HTTPS as a scraper does; it has no plain-HTTP side. */
    public static Answer metrics(String user, String password) {
        try {
            HttpClient tls = HttpClient.newBuilder().sslContext(SelfMadeCertificate.trustingContext("TLS")).build();
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(SelfMadeCertificate.httpsUrl("/metrics")))
                    .timeout(Duration.ofSeconds(60)).header("Accept", "text/plain");
            if (user != null) {
                builder.header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
            }
            return send(tls, builder);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static Answer send(HttpRequest.Builder builder) {
        try {
            return send(CLIENT, builder);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Answer send(HttpClient client, HttpRequest.Builder builder)
            throws java.io.IOException, InterruptedException {
        HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body(),
                response.headers().firstValue("Content-Type").orElse(""), response);
    }
}
