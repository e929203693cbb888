package org.platekeeper.web.security;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** How the security layer answers API clients: JSON bodies, never the console's HTML pages. */
final class ApiPaths {

    private ApiPaths() {
    }

    /** Where cameras send reads: the only paths a camera's token opens. */
    static final String INGEST = "/api/v1/reads";
    /** The partner API: the only paths a partner agency's credential opens, and no person's. */
    static final String PARTNER_API = "/api/partner/";

    static boolean isApi(HttpServletRequest request) {
        return path(request).startsWith("/api/");
    }

    static boolean isIngest(HttpServletRequest request) {
        String path = path(request);
        return path.equals(INGEST) || path.startsWith(INGEST + "/");
    }

    static boolean isPartnerApi(HttpServletRequest request) {
        return path(request).startsWith(PARTNER_API);
    }

    /**
     * The path as the container mapped it (decoded, dot segments resolved), not the raw request URI, so that
     * {@code /api/partner/../v1/cameras} is judged as the {@code /api/v1/cameras} it reaches.
     */
    private static String path(HttpServletRequest request) {
        String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
        String pathInfo = request.getPathInfo();
        return pathInfo == null ? servletPath : servletPath + pathInfo;
    }

    static AuthenticationStatus unauthorized(HttpServletResponse response, String message) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Platekeeper\", charset=\"UTF-8\"");
        write(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized", message, null);
        // the answer is complete; SEND_FAILURE would let the server try its own Basic parsing on the header,
        // which fails with a 500 on a header that is not Basic at all
        return AuthenticationStatus.SEND_CONTINUE;
    }

    static void write(HttpServletResponse response, int status, String error, String message, String clause) {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        var body = Json.createObjectBuilder().add("status", status).add("error", error).add("message", message);
        if (clause != null) {
            body.add("clause", clause);
        }
        try {
            response.getWriter().write(body.build().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
