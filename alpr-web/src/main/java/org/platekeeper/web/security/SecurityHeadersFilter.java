package org.platekeeper.web.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.inject.Inject;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The headers every answer carries: no sniffing of content types, no framing by other sites, no referrer sent
 * elsewhere, no plugins, no images or connections to other servers but the agency's own tile server (a public one
 * would learn where investigators search), and nothing a browser or proxy may keep of a page or an answer that can hold plate data, so
 * Back after sign-out shows nothing of the previous user. Static resources (scripts, styles, images) stay cacheable.
 */
@WebFilter(urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

    static final String CONTENT_SECURITY_POLICY = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; connect-src 'self'; img-src 'self' data: blob:";

    /** The agency's tile server is the one other place pages may load images from (the search map). */
    @Inject
    @ConfigProperty(name = "ALPR_MAP_TILE_URL")
    Optional<String> tileUrl;

    private String contentSecurityPolicy;

    @Override
    public void init() {
        contentSecurityPolicy = CONTENT_SECURITY_POLICY + tileUrl.filter(t -> t.contains("://"))
                .map(SecurityHeadersFilter::origin).map(o -> " " + o).orElse("");
    }

    /** Scheme, host and port of a tile URL template such as https://tiles.city.local/{z}/{x}/{y}.png. */
    static String origin(String template) {
        int path = template.indexOf('/', template.indexOf("//") + 2);
        return path < 0 ? template : template.substring(0, path);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Content-Security-Policy", contentSecurityPolicy);
        response.setHeader("Permissions-Policy", "geolocation=(), camera=(), microphone=()");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/jakarta.faces.resource/") && !path.startsWith("/resources/")) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
        chain.doFilter(request, response);
    }
}
