package org.platekeeper.web.console.alerts;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.platekeeper.alerts.application.AlertView;
import org.platekeeper.alerts.application.Alerts;

/** The live queue of open alerts, refreshed when the push connection announces a new one. */
@Named
@ViewScoped
public class AlertQueueBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Alerts alerts;

    private List<AlertView> open;
    private boolean showAll;

    @PostConstruct
    void load() {
        refresh();
    }

    public void refresh() {
        open = showAll ? alerts.recent() : alerts.open();
    }

    public List<AlertView> getOpen() {
        return open;
    }

    public boolean isShowAll() {
        return showAll;
    }

    public void setShowAll(boolean showAll) {
        this.showAll = showAll;
    }
}
