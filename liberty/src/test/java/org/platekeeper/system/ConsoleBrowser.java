package org.platekeeper.system;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The console as a browser sees it: cookies, the Faces sign-in form, pages by URL. */
public final class ConsoleBrowser {

    private static final Pattern HIDDEN_INPUT = Pattern.compile(
            "<input type=\"hidden\" name=\"([^\"]+)\"[^>]*?value=\"([^\"]*)\"");

    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    public record Page(int status, String location, String body, java.net.http.HttpHeaders headers) {
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(Api.BASE_URL + path)).GET());
    }

    /** Submits the console's sign-out form. */
    public Page signOut() {
        return send(HttpRequest.newBuilder(URI.create(Api.BASE_URL + "/console/sign-out"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** Fills in and submits the sign-in form; answers the page the form leads to. */
    public Page signIn(String user, String password) {
        return submit("/login.xhtml", "signIn:submit", Map.of("signIn:username", user, "signIn:password", password));
    }

    /**
     * Loads a page, fills in fields of one of its forms (full client ids) and presses a button that submits without
     * Ajax; answers the page the form leads to.
     */
    public Page submit(String path, String button, Map<String, String> values) {
        Page form = get(path);
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = HIDDEN_INPUT.matcher(form.body());
        while (hidden.find()) {
            fields.put(hidden.group(1), hidden.group(2)); // the view state and the forms' submit markers
        }
        if (!fields.containsKey("jakarta.faces.ViewState")) {
            throw new IllegalStateException("no view state on " + path + ": " + form.body());
        }
        // what PrimeFaces' script adds to every post: the page's script nonce (SC-18), which it checks
        form.headers().allValues("Content-Security-Policy").stream().map(NONCE::matcher).filter(Matcher::find)
                .findFirst().ifPresent(nonce -> fields.put("primefaces.nonce", nonce.group(1)));
        fields.putAll(values);
        fields.put(button, "");
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String action = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return send(HttpRequest.newBuilder(URI.create(Api.BASE_URL + action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Page send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> r = client.send(builder.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Page(r.statusCode(), r.headers().firstValue("Location").orElse(null), r.body(), r.headers());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
