package org.platekeeper.web.api.shared;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.ws.rs.core.Response;

/**
 * A failure because the database does not answer or refuses connections, told apart from every other failure: the
 * client is asked to send again in a moment (503 with {@code Retry-After}), and knows that nothing was stored, since
 * nothing can be without the database.
 */
public final class DatabaseOutage {

    /** Seconds a client is asked to wait before sending again. */
    public static final int RETRY_AFTER_SECONDS = 5;

    public static final String MESSAGE = "the database does not answer, so nothing of this request was stored: send "
            + "it again in a moment";

    private DatabaseOutage() {
    }

    /** True when this failure or one of its causes is a connection the database refused, dropped or never gave. */
    public static boolean causedBy(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                // 08: connection exception; 53300: too many connections; 57P01-57P03: shut down or not yet ready
                if (state.startsWith("08") || state.equals("53300") || state.startsWith("57P0")) {
                    return true;
                }
            }
        }
        return false;
    }

    public static Response response() {
        return Response.fromResponse(ApiError.response(Response.Status.SERVICE_UNAVAILABLE, "database_unavailable",
                MESSAGE)).header("Retry-After", RETRY_AFTER_SECONDS).build();
    }
}
