package org.platekeeper.web.console.retention;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.platekeeper.retention.application.PurgeRunView;
import org.platekeeper.retention.application.Retention;
import org.platekeeper.web.console.shell.ConsoleActions;

/** Purge history with certificates, the next scheduled purge, and purging now (administrators). */
@Named
@ViewScoped
public class PurgesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Retention retention;

    private List<PurgeRunView> runs;
    private Retention.Schedule schedule;
    private PurgeRunView shown;

    @PostConstruct
    void load() {
        runs = retention.runs();
        schedule = retention.schedule();
    }

    public void purgeNow() {
        PurgeRunView run = ConsoleActions.perform(retention::purgeNow, null);
        if (run != null) {
            shown = run;
            ConsoleActions.run(() -> { }, "Purge " + run.status().name().toLowerCase() + ": " + run.readsDeleted()
                    + " reads deleted, " + run.readsRetained() + " retained under hold");
            load();
        }
    }

    public void show(PurgeRunView run) {
        shown = run;
    }

    public List<PurgeRunView> getRuns() {
        return runs;
    }

    public Retention.Schedule getSchedule() {
        return schedule;
    }

    public PurgeRunView getShown() {
        return shown;
    }
}
