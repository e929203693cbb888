package org.platekeeper.web.api.shared;

import java.util.List;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The body of every error answer.
 *
 * @param status  the HTTP status, repeated for clients that only see the body
 * @param error   a stable machine-readable code
 * @param message what went wrong, for a person
 * @param clause  the policy clause behind a refusal, if one is
 * @param details per-field problems, if any
 */
public record ApiError(int status, String error, String message, String clause, List<String> details) {

    public static Response response(Response.Status status, String error, String message) {
        return response(status.getStatusCode(), error, message, null, null);
    }

    public static Response response(int status, String error, String message, String clause, List<String> details) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(status, error, message, clause, details)).build();
    }
}
