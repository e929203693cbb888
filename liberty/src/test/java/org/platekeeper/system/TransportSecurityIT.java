package org.platekeeper.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.Optional;

import javax.net.ssl.SSLSocket;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * SC-8, SC-13: the HTTPS side of the system-test server, which serves the other tests plain HTTP on loopback only,
 * as a TLS-terminating proxy on the same host would be served. The certificate is the one it made for itself.
 */
@DisplayName("Transport security: TLS, HSTS and plain HTTP")
class TransportSecurityIT {

    private static final int HTTPS_PORT = SelfMadeCertificate.HTTPS_PORT;

    private static final int HTTP_PORT = URI.create(Api.BASE_URL).getPort();

    private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @DisplayName("SC-8 the API answers over TLS 1.2 or 1.3 with HSTS, and an older protocol is refused at the handshake")
    void tls() throws Exception {
        HttpClient client = HttpClient.newBuilder().sslContext(SelfMadeCertificate.trustingContext("TLS")).build();
        HttpResponse<String> health = get(client, "https://localhost:" + HTTPS_PORT + "/api/public/transparency");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.headers().firstValue("Strict-Transport-Security")).contains("max-age=31536000");
        assertThat(health.sslSession().map(s -> s.getProtocol())).hasValueSatisfying(
                p -> assertThat(p).isIn("TLSv1.2", "TLSv1.3"));

        // an older client, played by OpenSSL (the JDK no longer offers TLS 1.1 at all): the same client gets a
        // certificate over TLS 1.2 and nothing over TLS 1.1
        assertThat(openssl("-tls1_2")).contains("New, TLSv1.2, Cipher is ECDHE");
        assertThat(openssl("-tls1_1", "-cipher", "DEFAULT:@SECLEVEL=0")).contains("no peer certificate available",
                "Cipher is (NONE)");
    }

    private static String openssl(String... options) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("openssl", "s_client",
                "-connect", "localhost:" + HTTPS_PORT));
        command.addAll(java.util.List.of(options));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        return output;
    }

    @Test
    @DisplayName("SC-8 from another machine, plain HTTP sends a page to the same path over HTTPS and refuses anything else unused")
    void plainHttpFromElsewhere() throws Exception {
        Optional<InetAddress> address = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(TransportSecurityIT::upAndNotLoopback)
                .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).findFirst();
        assumeThat(address).as("a network address other than loopback to come from").isPresent();
        String plain = "http://" + address.get().getHostAddress() + ":" + HTTP_PORT;
        // connecting to this machine's own network address, the request comes from that address, not loopback
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> page = get(client, plain + "/console/index.xhtml?x=1");
        assertThat(page.statusCode()).isEqualTo(308);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .startsWith("https://").endsWith(":" + HTTPS_PORT + "/console/index.xhtml?x=1"));
        HttpResponse<String> post = client.send(HttpRequest.newBuilder(URI.create(plain + "/api/v1/reads"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("[]")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(400);
        assertThat(post.body()).contains("https_required");
    }

    private static boolean upAndNotLoopback(NetworkInterface network) {
        try {
            return network.isUp() && !network.isLoopback();
        } catch (java.net.SocketException unreadable) {
            return false;
        }
    }

    @Test
    @DisplayName("a redirect names a path only: the Host header a client sends is not echoed back as a place to go")
    void hostHeaderNotReflected() throws Exception {
        HttpClient client = HttpClient.newBuilder().sslContext(SelfMadeCertificate.trustingContext("TLS"))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        // the JDK client will not send another Host; a raw request does
        try (SSLSocket socket = (SSLSocket) SelfMadeCertificate.trustingContext("TLS").getSocketFactory()
                .createSocket("localhost", HTTPS_PORT)) {
            socket.getOutputStream().write(("GET /console/index.xhtml HTTP/1.1\r\nHost: evil.example\r\n"
                    + "Connection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(),
                    java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(answer).startsWith("HTTP/1.1 302");
            assertThat(answer).containsPattern("(?im)^location: /[^\\r\\n]*login").doesNotContain("evil.example");
        }
        assertThat(get(client, "https://localhost:" + HTTPS_PORT + "/console/index.xhtml").statusCode())
                .isEqualTo(302);
    }
}
