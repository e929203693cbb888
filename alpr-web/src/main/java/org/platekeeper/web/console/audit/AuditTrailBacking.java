package org.platekeeper.web.console.audit;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.platekeeper.audit.application.AuditEventView;
import org.platekeeper.audit.application.AuditQuery;
import org.platekeeper.audit.application.AuditTrail;
import org.platekeeper.audit.domain.ChainVerification;

/** The auditor's view of the trail: filter events, and verify the chain on demand. */
@Named
@ViewScoped
public class AuditTrailBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 100;

    @Inject
    transient AuditTrail trail;

    private String actor;
    private String action;
    private List<AuditEventView> events;
    private ChainVerification verification;

    public void search() {
        events = trail.browse(new AuditQuery(actor, action, null, null, 0, PAGE));
    }

    public void verify() {
        verification = trail.verify();
    }

    public List<AuditEventView> getEvents() {
        if (events == null) {
            search();
        }
        return events;
    }

    public ChainVerification getVerification() {
        return verification;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }
}
