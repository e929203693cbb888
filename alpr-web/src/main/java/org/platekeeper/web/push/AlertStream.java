package org.platekeeper.web.push;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpSession;
import jakarta.websocket.CloseReason;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpoint;
import jakarta.websocket.server.ServerEndpointConfig;

import org.platekeeper.alerts.application.AlertFeed;
import org.platekeeper.alerts.application.AlertView;
import org.platekeeper.web.api.shared.StrictJson;

/**
 * Pushes each new alert to every connected officer within the moment of its commit (OD-V1..V4 start here). The
 * handshake is an ordinary HTTP request under the security constraint of {@code /push/*}: only a signed-in,
 * trained OFFICER or SUPERVISOR connects, with the console's session or HTTP Basic. Messages are
 * {@code {"type":"alert","alert":{…}}}. A page of another site cannot open it, and it closes at sign-out, when
 * the console session ends, or when the account is disabled or loses a role (AC-2, AC-12).
 */
@ServerEndpoint(value = "/push/alerts", configurator = AlertStream.Handshake.class)
public class AlertStream {

    static final String ORIGIN_REFUSED = "platekeeper.originRefused";
    static final String HTTP_SESSION = "platekeeper.httpSession";

    /**
     * The handshake (AC-12, CWE-1385): a browser's page on another site may not open the stream (its {@code Origin}
     * must be this server), and the stream belongs to the console session it was opened in.
     */
    public static class Handshake extends ServerEndpointConfig.Configurator {
        @Override
        public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request,
                                    HandshakeResponse response) {
            String origin = first(request.getHeaders(), "Origin");
            String host = first(request.getHeaders(), "Host");
            boolean sameOrigin = origin == null || (host != null && origin.replaceFirst("^[a-z]+://", "")
                    .equalsIgnoreCase(host));
            config.getUserProperties().put(ORIGIN_REFUSED, !sameOrigin);
            config.getUserProperties().put(HTTP_SESSION, request.getHttpSession());
        }

        private static String first(Map<String, List<String>> headers, String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }
    }

    /** Looked up rather than injected: the server does not inject beans of the EJB module into endpoints. */
    private static AlertFeed feed() {
        return CDI.current().select(AlertFeed.class).get();
    }

    @OnOpen
    public void open(Session session, EndpointConfig config) throws IOException {
        if (session.getUserPrincipal() == null) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "sign in first"));
            return;
        }
        if (Boolean.TRUE.equals(config.getUserProperties().get(ORIGIN_REFUSED))) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "a page of another site may not "
                    + "open the alert stream"));
            return;
        }
        session.getUserProperties().put(HTTP_SESSION, config.getUserProperties().get(HTTP_SESSION));
        session.setMaxIdleTimeout(0);
        feed().subscribe(session.getId(), session.getUserPrincipal().getName(), alert -> send(session, alert),
                why -> closeFor(session, why));
    }

    @OnClose
    public void close(Session session) {
        feed().unsubscribe(session.getId());
    }

    @OnError
    public void failed(Session session, Throwable error) {
        feed().unsubscribe(session.getId());
    }

    private void send(Session session, AlertView alert) {
        if (!session.isOpen()) {
            throw new IllegalStateException("the connection is closed");
        }
        if (consoleSessionEnded(session)) {
            feed().unsubscribe(session.getId());
            closeFor(session, "signed out");
            return;
        }
        session.getAsyncRemote().sendText(StrictJson.jsonb().toJson(Map.of("type", "alert", "alert", alert)));
    }

    /** The console session the stream was opened in has ended (signed out, timed out). */
    private static boolean consoleSessionEnded(Session session) {
        if (session.getUserProperties().get(HTTP_SESSION) instanceof HttpSession console) {
            try {
                console.getLastAccessedTime();
            } catch (IllegalStateException invalidated) {
                return true;
            }
        }
        return false;
    }

    private static void closeFor(Session session, String why) {
        try {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, why));
        } catch (IOException closing) {
            // closed already: nothing more is sent either way
        }
    }
}
