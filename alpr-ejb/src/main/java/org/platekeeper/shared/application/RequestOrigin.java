package org.platekeeper.shared.application;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the current request came from. The web layer fills it in for each HTTP request so that audit events can
 * name the client address without services knowing about HTTP.
 */
@RequestScoped
public class RequestOrigin {

    private String clientAddress;

    public String clientAddress() {
        return clientAddress;
    }

    public void clientAddress(String address) {
        this.clientAddress = address;
    }
}
