package org.platekeeper.shared.application;

import java.net.InetAddress;
import java.net.UnknownHostException;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * This server's name among those sharing the database: its host and its Liberty server name, the same after a
 * restart, so that work a server was doing when it stopped is taken up by that server and left alone by the others.
 */
@ApplicationScoped
public class ThisServer {

    private static final String NAME = host() + "/" + System.getProperty("wlp.server.name", "server");

    public String name() {
        return NAME;
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
