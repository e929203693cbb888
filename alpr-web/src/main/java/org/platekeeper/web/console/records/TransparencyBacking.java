package org.platekeeper.web.console.records;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.platekeeper.audit.application.AuditAnchors;
import org.platekeeper.audit.domain.AuditAnchor;
import org.platekeeper.records.application.Transparency;
import org.platekeeper.records.application.TransparencyView;

/** The public transparency page: the same figures as its JSON, read once per request, and the audit anchors. */
@Named
@RequestScoped
public class TransparencyBacking {

    static final int ANCHOR_DAYS = 7;

    @Inject
    Transparency transparency;

    @Inject
    AuditAnchors auditAnchors;

    private TransparencyView view;

    public TransparencyView getView() {
        if (view == null) {
            view = transparency.now();
        }
        return view;
    }

    /** The last week's anchors of the audit chain, newest first. */
    public List<AuditAnchor> getAnchors() {
        List<AuditAnchor> week = new ArrayList<>(auditAnchors.lastDays(ANCHOR_DAYS));
        Collections.reverse(week);
        return week;
    }
}
