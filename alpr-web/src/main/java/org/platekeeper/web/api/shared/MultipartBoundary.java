package org.platekeeper.web.api.shared;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * A multipart body without a boundary cannot be split into parts: the client is told so with a 400, instead of
 * the multipart reader failing deep in the request as an error of the server's. It runs after the role checks, so
 * a caller without the role learns nothing from it.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class MultipartBoundary implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type != null && "multipart".equalsIgnoreCase(type.getType())) {
            String boundary = type.getParameters().get("boundary");
            if (boundary == null || boundary.isBlank()) {
                request.abortWith(ApiError.response(Response.Status.BAD_REQUEST, "malformed_request",
                        "a multipart body needs a boundary in its Content-Type (multipart/form-data; boundary=…)"));
            }
        }
    }
}
