package org.platekeeper.web.console.alerts;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.platekeeper.alerts.application.AlertView;
import org.platekeeper.alerts.application.Alerts;
import org.platekeeper.alerts.application.DispositionReport;
import org.platekeeper.alerts.application.SourceCheck;
import org.platekeeper.alerts.application.VisualCheck;
import org.platekeeper.alerts.domain.Disposition;
import org.platekeeper.alerts.domain.VerificationSource;
import org.platekeeper.policy.domain.PolicyProfile;
import org.platekeeper.web.console.shell.ConsoleActions;

/** One alert, with the image beside the entry and the form for the next step of its verification (OD-V1..V4). */
@Named
@ViewScoped
public class AlertBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Alerts alerts;

    @Inject
    transient PolicyProfile policy;

    private String id;
    private AlertView alert;
    private Boolean charactersMatch;
    private Boolean stateMatch;
    private VerificationSource source;
    private LocalDateTime verifiedAt;
    private Boolean stillValid;
    private String sourceNote;
    private Disposition disposition;
    private String narrative;

    /** Loads the alert named in the address; the look is audited by the service. */
    public void load() {
        if (alert == null && id != null) {
            alert = ConsoleActions.perform(() -> alerts.alert(UUID.fromString(id)), null);
        }
    }

    public void acknowledge() {
        step(() -> alerts.acknowledge(alert.id()), "Acknowledged: now compare the plate with the image");
    }

    public void checkVisually() {
        step(() -> alerts.checkVisually(alert.id(), new VisualCheck(charactersMatch, stateMatch)),
                "Visual check recorded");
    }

    public void verifyWithSource() {
        var at = verifiedAt == null ? null : verifiedAt.atZone(zone()).toOffsetDateTime();
        step(() -> alerts.verifyWithSource(alert.id(), new SourceCheck(source, at, stillValid, sourceNote)),
                "Verification recorded");
    }

    public void dispose() {
        step(() -> alerts.dispose(alert.id(), new DispositionReport(disposition, narrative)), "Alert closed");
    }

    private void step(java.util.function.Supplier<AlertView> action, String done) {
        AlertView after = ConsoleActions.perform(action, done);
        if (after != null) {
            alert = after;
        }
    }

    private ZoneId zone() {
        return policy.timeZone();
    }

    public VerificationSource[] getSources() {
        return VerificationSource.values();
    }

    public Disposition[] getDispositions() {
        return Disposition.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public AlertView getAlert() {
        return alert;
    }

    public Boolean getCharactersMatch() {
        return charactersMatch;
    }

    public void setCharactersMatch(Boolean charactersMatch) {
        this.charactersMatch = charactersMatch;
    }

    public Boolean getStateMatch() {
        return stateMatch;
    }

    public void setStateMatch(Boolean stateMatch) {
        this.stateMatch = stateMatch;
    }

    public VerificationSource getSource() {
        return source;
    }

    public void setSource(VerificationSource source) {
        this.source = source;
    }

    public LocalDateTime getVerifiedAt() {
        return verifiedAt;
    }

    public void setVerifiedAt(LocalDateTime verifiedAt) {
        this.verifiedAt = verifiedAt;
    }

    public Boolean getStillValid() {
        return stillValid;
    }

    public void setStillValid(Boolean stillValid) {
        this.stillValid = stillValid;
    }

    public String getSourceNote() {
        return sourceNote;
    }

    public void setSourceNote(String sourceNote) {
        this.sourceNote = sourceNote;
    }

    public Disposition getDisposition() {
        return disposition;
    }

    public void setDisposition(Disposition disposition) {
        this.disposition = disposition;
    }

    public String getNarrative() {
        return narrative;
    }

    public void setNarrative(String narrative) {
        this.narrative = narrative;
    }
}
