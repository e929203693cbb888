package org.platekeeper.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Operations: health, metrics, OpenAPI, policy profile")
class OperationsIT {

    @Test
    @DisplayName("readiness is UP and includes the database check")
    void ready() {
        Api.Answer ready = Api.get("/health/ready", null, null);
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().getString("status")).isEqualTo("UP");
        assertThat(ready.body()).contains("\"database\"");
    }

    @Test
    @DisplayName("AC-6 metrics are scraped over HTTPS by the monitoring account; anonymous callers, console users and plain HTTP get none")
    void metrics() {
        Api.Answer metrics = Api.metrics(Api.METRICS_USER, Api.METRICS_PASSWORD);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("memory_usedHeap_bytes");
        assertThat(Api.metrics(null, null).status()).as("anonymous").isEqualTo(401);
        assertThat(Api.metrics(Api.METRICS_USER, "guessed-password").status()).as("wrong password").isEqualTo(401);
        TestUsers.User supervisor = TestUsers.trained("SUPERVISOR");
        assertThat(Api.metrics(supervisor.name(), supervisor.password()).status()).as("a console account")
                .isEqualTo(401);
        Api.Answer plain = Api.send(Api.request("/metrics", Api.METRICS_USER, Api.METRICS_PASSWORD)
                .setHeader("Accept", "text/plain").GET());
        assertThat(plain.status()).as("plain HTTP, even on loopback").isEqualTo(302);
        assertThat(plain.body()).doesNotContain("memory_usedHeap_bytes");
    }

    @Test
    @DisplayName("the OpenAPI document describes the API")
    void openApi() {
        Api.Answer doc = Api.send(Api.request("/openapi", null, null).setHeader("Accept", "application/json").GET());
        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.body()).contains("/api/v1/users", "/api/v1/audit/verify");
    }

    @Test
    @DisplayName("PC-F1 the active policy profile is shown to every signed-in user, trained or not")
    void policyProfile() {
        TestUsers.User untrained = TestUsers.untrained("OFFICER");
        Api.Answer policy = Api.get("/api/v1/policy", untrained.name(), untrained.password());
        assertThat(policy.status()).isEqualTo(200);
        assertThat(policy.json().getString("name")).isEqualTo("odessa");
        assertThat(policy.json().getInt("readRetentionDays")).isEqualTo(30);
        assertThat(policy.json().getInt("auditRetentionDays")).isEqualTo(365);
        assertThat(policy.json().getString("recordsStatute")).isEqualTo("Missouri Sunshine Law");
        assertThat(policy.json().getInt("holdDecisionDays")).isEqualTo(7);
        jakarta.json.JsonObject thresholds = policy.json().getJsonObject("thresholds");
        assertThat(thresholds.getInt("searchNarrativeMin")).isEqualTo(20);
        assertThat(thresholds.getInt("entryReasonMin")).isEqualTo(10);
        assertThat(thresholds.getInt("sensitiveCameraMetres")).isEqualTo(150);
        TestUsers.User trained = TestUsers.trained("OFFICER");
        ConsoleBrowser browser = new ConsoleBrowser();
        browser.signIn(trained.name(), trained.password());
        assertThat(browser.get("/console/index.xhtml").body()).as("the policy page")
                .contains("at least 20 characters", "lapses after 7 days", "150 m");
    }

    @Test
    @DisplayName("every page and answer carries no-sniff, no-framing, no-referrer and a CSP, and none that can hold plate data may be stored; static resources stay cacheable")
    void securityHeaders() {
        TestUsers.User investigator = TestUsers.trained("INVESTIGATOR");
        for (Api.Answer answer : new Api.Answer[] {
                Api.get("/api/v1/searches", investigator.name(), investigator.password()),
                Api.get("/api/public/transparency", null, null),
                Api.get("/login.xhtml", null, null)}) {
            assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(answer.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(answer.header("Content-Security-Policy")).contains("frame-ancestors 'none'")
                    .as("no images from outside servers: no public map tiles").contains("img-src 'self' data: blob:")
                    .doesNotContain("openstreetmap");
            assertThat(answer.header("Cache-Control")).as(answer.raw().uri().toString()).contains("no-store");
        }
        Api.Answer script = Api.get("/jakarta.faces.resource/js/search-map.js.xhtml", null, null);
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.header("Cache-Control")).doesNotContain("no-store");
        assertThat(script.body()).as("map labels are set as text, not HTML").contains("textContent")
                .doesNotContain("bindTooltip(p.label)");
        TestUsers.User searcher = TestUsers.trained("INVESTIGATOR");
        ConsoleBrowser browser = new ConsoleBrowser();
        browser.signIn(searcher.name(), searcher.password());
        assertThat(browser.get("/console/search/search.xhtml").body()).as("no public tile server by default")
                .doesNotContain("openstreetmap.org");
    }

    @Test
    @DisplayName("SC-18 console pages run scripts only from this server or with the page's own nonce: no 'unsafe-inline', no eval, every script tag carrying the nonce and no inline event handler, for the sign-in page, the search map and the alert queue")
    void scriptsOnlyWithTheNonce() {
        TestUsers.User user = TestUsers.trained("INVESTIGATOR", "OFFICER", "ADMINISTRATOR");
        ConsoleBrowser browser = new ConsoleBrowser();
        java.util.Set<String> nonces = new java.util.HashSet<>();
        nonces.add(nonceOf(browser.get("/login.xhtml")));
        browser.signIn(user.name(), user.password());
        for (String page : java.util.List.of("/console/search/search.xhtml", "/console/alerts/queue.xhtml",
                "/console/access/users.xhtml", "/console/access/users.xhtml")) {
            nonces.add(nonceOf(browser.get(page)));
        }
        assertThat(nonces).as("a fresh nonce for every page").hasSize(5);
    }

    /** The nonce of the page's script policy, after checking that the page keeps to it. */
    private static String nonceOf(ConsoleBrowser.Page page) {
        assertThat(page.status()).isEqualTo(200);
        java.util.List<String> policies = page.headers().allValues("Content-Security-Policy");
        String scripts = policies.stream().filter(p -> p.contains("script-src")).findFirst().orElse("");
        assertThat(scripts).as(policies.toString()).doesNotContain("'unsafe-inline'", "'unsafe-eval'", "*");
        java.util.regex.Matcher nonce = java.util.regex.Pattern.compile("'nonce-([A-Za-z0-9+/=_-]{16,})'")
                .matcher(scripts);
        assertThat(nonce.find()).as(scripts).isTrue();
        assertThat(policies).as("the other directives still hold").anySatisfy(p -> assertThat(p)
                .contains("frame-ancestors 'none'", "object-src 'none'"));
        java.util.regex.Matcher tags = java.util.regex.Pattern.compile("<script\\b[^>]*>").matcher(page.body());
        int count = 0;
        while (tags.find()) {
            count++;
            assertThat(tags.group()).contains("nonce=\"" + nonce.group(1) + "\"");
        }
        assertThat(count).as("PrimeFaces' own scripts at least").isGreaterThan(3);
        assertThat(page.body()).as("no inline event handlers, no javascript: links")
                .doesNotContainPattern("<[a-z]+[^>]*\\son(click|change|load|submit|keyup|keydown|mouseover|focus|blur)=")
                .doesNotContain("href=\"javascript:");
        return nonce.group(1);
    }
}
