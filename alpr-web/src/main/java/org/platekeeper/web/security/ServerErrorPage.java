package org.platekeeper.web.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.platekeeper.web.api.shared.ApiError;
import org.platekeeper.web.api.shared.DatabaseOutage;
import org.platekeeper.web.api.shared.StrictJson;

/**
 * What a console user sees when a page fails: never a stack trace. When the database does not answer, the page
 * says so plainly, with a 503 and {@code Retry-After}, so the user knows that nothing was saved and to try again;
 * any other failure is the general apology, with a 500.
 */
@WebServlet("/error/server-error")
public class ServerErrorPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final String PAGE = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>%s - Platekeeper</title></head>\n<body><h1 id=\"banner\">%s</h1><p>%s</p>"
            + "<p><a href=\"/console/index.xhtml\">Back to the console</a></p></body></html>\n";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object failure = request.getAttribute("jakarta.servlet.error.exception");
        if (failure instanceof Throwable thrown && DatabaseOutage.causedBy(thrown)) {
            databaseUnavailable(request, response);
            return;
        }
        write(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "text/html", PAGE.formatted("Error",
                "Something went wrong", "The server could not complete this request. Nothing was changed by it. "
                        + "The error has been logged for the system administrator."));
    }

    /** The answer while the database does not answer: JSON for the API, the banner page for the console. */
    static AuthenticationStatus databaseUnavailable(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
        if (ApiPaths.isApi(request)) {
            ApiError error = (ApiError) DatabaseOutage.response().getEntity();
            write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "application/json",
                    StrictJson.jsonb().toJson(error));
        } else {
            write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "text/html", PAGE.formatted(
                    "Database unavailable", "The database does not answer",
                    "Platekeeper cannot reach its database just now, so nothing you entered was saved. Try again in "
                            + "a minute; if this goes on, tell the system administrator."));
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static void write(HttpServletResponse response, int status, String type, String body) {
        try {
            response.resetBuffer();
            response.setStatus(status);
            response.setContentType(type + ";charset=UTF-8");
            response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
            response.flushBuffer();
        } catch (IOException gone) {
            throw new UncheckedIOException(gone);
        } catch (IllegalStateException committed) {
            // the answer had begun: nothing more can be said on it
        }
    }
}
