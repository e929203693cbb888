package org.platekeeper.web.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * SC-8: plate data and passwords travel over TLS only. A page asked for over plain HTTP is redirected to the same
 * path over HTTPS, at the configured public host, never at the Host the client named; anything else over plain HTTP
 * is refused, so a camera or a script set up with an http:// address fails at once instead of sending in clear.
 * Answers over TLS carry HSTS, so a browser that has been here once does not try plain HTTP again. With
 * {@code ALPR_PLAIN_HTTP=loopback}, clients on this machine may use plain HTTP (a TLS-terminating proxy on the same
 * host, the system tests). Asked first by the authentication mechanism, so a password sent in clear is not even
 * checked.
 */
@ApplicationScoped
public class TransportSecurity {

    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

    @Inject
    @ConfigProperty(name = "ALPR_PLAIN_HTTP", defaultValue = "redirect")
    String plainHttp;

    @Inject
    @ConfigProperty(name = "ALPR_HTTPS_PORT", defaultValue = "9443")
    int httpsPort;

    /** The name in the server's certificate; without it, this machine's own name ("localhost" for its own users). */
    @Inject
    @ConfigProperty(name = "ALPR_PUBLIC_HOST")
    Optional<String> publicHost;

    /** True when the request may go on; otherwise it has been answered (a redirect or a refusal). */
    boolean admit(HttpServletRequest request, HttpServletResponse response) {
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
            return true;
        }
        if ("loopback".equals(plainHttp) && loopback(request.getRemoteAddr())) {
            return true;
        }
        if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
            String query = request.getQueryString();
            response.setStatus(308); // permanent, and the method stays
            response.setHeader("Location", "https://" + host(request) + (httpsPort == 443 ? "" : ":" + httpsPort)
                    + request.getRequestURI() + (query == null ? "" : "?" + query));
            return false;
        }
        // 400, not 403: Open Liberty empties the body of a 403 answered by an authentication mechanism
        ApiPaths.write(response, HttpServletResponse.SC_BAD_REQUEST, "https_required", "this server takes requests "
                + "over HTTPS only (port " + httpsPort + "); what was sent over plain HTTP was not used", "SC-8");
        return false;
    }

    private String host(HttpServletRequest request) {
        if (publicHost.isPresent()) {
            return publicHost.get();
        }
        if (loopback(request.getRemoteAddr())) {
            return "localhost";
        }
        try {
            return InetAddress.getLocalHost().getCanonicalHostName();
        } catch (UnknownHostException unnamed) {
            return request.getLocalAddr();
        }
    }

    private static boolean loopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException notAnAddress) {
            return false;
        }
    }
}
