package org.platekeeper.web.push;

import java.io.IOException;
import java.util.Map;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;

import org.platekeeper.alerts.application.AlertFeed;
import org.platekeeper.alerts.application.AlertView;
import org.platekeeper.web.api.shared.StrictJson;

/**
 * Pushes each new alert to every connected officer within the moment of its commit (OD-V1..V4 start here). The
 * handshake is an ordinary HTTP request under the security constraint of {@code /push/*}: only a signed-in,
 * trained OFFICER or SUPERVISOR connects, with the console's session or HTTP Basic. Messages are
 * {@code {"type":"alert","alert":{…}}}.
 */
@ServerEndpoint("/push/alerts")
public class AlertStream {

    /** Looked up rather than injected: the server does not inject beans of the EJB module into endpoints. */
    private static AlertFeed feed() {
        return CDI.current().select(AlertFeed.class).get();
    }

    @OnOpen
    public void open(Session session) throws IOException {
        if (session.getUserPrincipal() == null) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "sign in first"));
            return;
        }
        session.setMaxIdleTimeout(0);
        feed().subscribe(session.getId(), alert -> send(session, alert));
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
        session.getAsyncRemote().sendText(StrictJson.jsonb().toJson(Map.of("type", "alert", "alert", alert)));
    }
}
