package org.platekeeper.web.api.shared;

import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.platekeeper.access.application.MyAccount;
import org.platekeeper.shared.application.BusinessException;
import org.platekeeper.shared.application.ConflictException;
import org.platekeeper.shared.application.ContentTooLargeException;
import org.platekeeper.shared.application.UnsupportedContentException;
import org.platekeeper.shared.application.InvalidRequestException;
import org.platekeeper.shared.application.PolicyViolationException;
import org.platekeeper.shared.application.UnknownItemException;

/**
 * Turns every failure into a JSON answer. Client mistakes get a 4xx that says what was wrong; only a fault of the
 * server itself is a 500, logged with an id the answer repeats, and never with the request's content.
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());
    /** How Yasson names the property it could not read. */
    private static final Pattern JSON_PROPERTY = Pattern.compile("property '([^']+)'");

    @Inject
    MyAccount accounts;

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof EJBAccessException || t instanceof ForbiddenException) {
                // a role check on the server said no: the refusal is part of the record (AU-2)
                accounts.recordRoleRefusal(request.getRemoteUser(), request.getMethod() + " "
                        + request.getRequestURI());
                break;
            }
        }
        // the most telling cause wins: a JSON error wrapped in a 400 says more than the 400
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Response known = classify(t);
            if (known != null) {
                return known;
            }
        }
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof WebApplicationException web) {
                return fromStatus(web);
            }
            if (t instanceof ProcessingException) {
                return ApiError.response(Response.Status.BAD_REQUEST, "malformed_request",
                        "the request could not be read: " + rootMessage(t));
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unhandled error, incident " + incident, thrown);
        return ApiError.response(500, "internal_error", "the server failed; incident " + incident, null, null);
    }

    private static Response classify(Throwable t) {
        if (DatabaseOutage.causedBy(t)) {
            LOG.warning(() -> "The database does not answer: " + rootMessage(t));
            return DatabaseOutage.response();
        }
        if (t instanceof NotFoundException notFound && notFound.getMessage() != null
                && notFound.getMessage().contains("QueryParam(")) {
            // JAX-RS answers 404 when a query parameter does not convert; the resource exists, the request is wrong
            Matcher named = QUERY_PARAMETER.matcher(notFound.getMessage());
            return ApiError.response(Response.Status.BAD_REQUEST, "invalid_parameter", named.find()
                    ? "query parameter '" + named.group(1) + "' cannot be '" + named.group(2) + "'"
                    : "a query parameter has a value of the wrong type");
        }
        if (t instanceof RequestBodyLimit.TooLarge tooLarge) {
            return tooLarge.getResponse();
        }
        if (t instanceof BusinessException business) {
            return business(business);
        }
        if (t instanceof ConstraintViolationException invalid) {
            List<String> details = invalid.getConstraintViolations().stream()
                    .map(v -> lastNode(v.getPropertyPath().toString()) + ": " + v.getMessage()).sorted().toList();
            return ApiError.response(400, "invalid_request", "the request has invalid fields", null, details);
        }
        if (t instanceof EJBAccessException) {
            return ApiError.response(Response.Status.FORBIDDEN, "forbidden", "your role does not allow this");
        }
        if (t instanceof JsonbException || t instanceof JsonParsingException) {
            if (TextWithoutNul.MESSAGE.equals(rootMessage(t))) {
                Matcher property = JSON_PROPERTY.matcher(String.valueOf(t.getMessage()));
                String field = property.find() ? property.group(1) + ": " : "";
                return ApiError.response(400, "invalid_request", "the request has invalid fields", null,
                        List.of(field + TextWithoutNul.MESSAGE));
            }
            return ApiError.response(Response.Status.BAD_REQUEST, "malformed_json",
                    "the body is not JSON of the expected shape: " + rootMessage(t));
        }
        return null;
    }

    private static Response business(BusinessException e) {
        if (e instanceof UnknownItemException) {
            return ApiError.response(Response.Status.NOT_FOUND, "not_found", e.getMessage());
        }
        if (e instanceof ConflictException) {
            return ApiError.response(Response.Status.CONFLICT, "conflict", e.getMessage());
        }
        if (e instanceof PolicyViolationException policy) {
            return ApiError.response(403, "policy_violation", e.getMessage(), policy.clauseId(), null);
        }
        if (e instanceof UnsupportedContentException) {
            return ApiError.response(Response.Status.UNSUPPORTED_MEDIA_TYPE, "unsupported_content", e.getMessage());
        }
        if (e instanceof ContentTooLargeException) {
            return ApiError.response(Response.Status.REQUEST_ENTITY_TOO_LARGE, "payload_too_large", e.getMessage());
        }
        if (e instanceof InvalidRequestException) {
            return ApiError.response(Response.Status.BAD_REQUEST, "invalid_request", e.getMessage());
        }
        return ApiError.response(Response.Status.BAD_REQUEST, "refused", e.getMessage());
    }

    private static final Pattern QUERY_PARAMETER = Pattern.compile("QueryParam\\(\"([^\"]+)\"\\) value is '([^']*)'");

    private static Response fromStatus(WebApplicationException web) {
        Response original = web.getResponse();
        if (original.hasEntity() && original.getEntity() instanceof ApiError) {
            return original;
        }
        int status = original.getStatus();
        Response.StatusType type = original.getStatusInfo();
        String error = type.getReasonPhrase() == null ? "http_" + status
                : type.getReasonPhrase().toLowerCase(java.util.Locale.ROOT).replace(' ', '_');
        String message = switch (status) {
            case 401 -> "sign in with HTTP Basic credentials";
            case 403 -> "your role does not allow this";
            case 404 -> "no such resource";
            case 405 -> "this resource does not accept that method";
            case 406 -> "this resource cannot answer in the requested media type";
            case 415 -> "this resource does not accept that content type; send application/json";
            default -> web.getMessage();
        };
        if (status == 400 && web.getCause() != null) {
            message = "the request could not be read: " + rootMessage(web);
        }
        Response.ResponseBuilder answer = Response.fromResponse(ApiError.response(status, error, message, null,
                null));
        if (status == 405 && original.getHeaderString("Allow") != null) {
            answer.header("Allow", original.getHeaderString("Allow"));
        }
        return answer.build();
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
