package org.platekeeper.web.api.shared;

import java.security.Principal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.platekeeper.cameras.application.CameraAuthentication;

/**
 * Holds each caller of the API to a rate, so that one camera in a loop, one script or one address cannot take the
 * server from everyone else: per camera for camera tokens, per user for people and their tokens, per client
 * address for callers without credentials. Past it the answer is 429 with {@code Retry-After}; nothing is read or
 * stored. The caller is known by then (the server authenticates before any resource is reached); this runs before
 * the resources' role checks and before the body is read, so a flood of refused calls counts too and costs little.
 * Kept in memory, per server.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
@ApplicationScoped
public class RequestRateLimits implements ContainerRequestFilter {

    private static final long MAX_PER_MINUTE = 10_000_000;

    @Inject
    @ConfigProperty(name = "ALPR_RATE_LIMIT_CAMERA_PER_MINUTE", defaultValue = "600")
    long cameraPerMinute;

    @Inject
    @ConfigProperty(name = "ALPR_RATE_LIMIT_USER_PER_MINUTE", defaultValue = "600")
    long userPerMinute;

    @Inject
    @ConfigProperty(name = "ALPR_RATE_LIMIT_ADDRESS_PER_MINUTE", defaultValue = "300")
    long addressPerMinute;

    @Context
    HttpServletRequest http;

    private TokenBuckets cameras;
    private TokenBuckets users;
    private TokenBuckets addresses;

    @PostConstruct
    void start() {
        cameras = new TokenBuckets(checked("ALPR_RATE_LIMIT_CAMERA_PER_MINUTE", cameraPerMinute), System::nanoTime);
        users = new TokenBuckets(checked("ALPR_RATE_LIMIT_USER_PER_MINUTE", userPerMinute), System::nanoTime);
        addresses = new TokenBuckets(checked("ALPR_RATE_LIMIT_ADDRESS_PER_MINUTE", addressPerMinute),
                System::nanoTime);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Principal caller = request.getSecurityContext().getUserPrincipal();
        long retryAfter;
        String who;
        if (caller == null) {
            retryAfter = addresses.take(http.getRemoteAddr());
            who = "this address";
        } else if (CameraAuthentication.cameraId(caller.getName()).isPresent()) {
            retryAfter = cameras.take(caller.getName());
            who = "this camera";
        } else {
            retryAfter = users.take(caller.getName());
            who = "this user";
        }
        if (retryAfter > 0) {
            request.abortWith(Response.fromResponse(ApiError.response(Response.Status.TOO_MANY_REQUESTS,
                    "too_many_requests", who + " has sent more requests than the server takes in a minute; try "
                            + "again in " + retryAfter + " s"))
                    .header(HttpHeaders.RETRY_AFTER, retryAfter).build());
        }
    }

    private static long checked(String name, long perMinute) {
        if (perMinute < 1 || perMinute > MAX_PER_MINUTE) {
            throw new IllegalStateException(name + " must be between 1 and " + MAX_PER_MINUTE + ": " + perMinute);
        }
        return perMinute;
    }
}
