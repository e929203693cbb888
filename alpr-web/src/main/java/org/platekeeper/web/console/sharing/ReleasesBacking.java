package org.platekeeper.web.console.sharing;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.platekeeper.sharing.application.LegalReleases;
import org.platekeeper.sharing.application.NewRelease;
import org.platekeeper.sharing.application.ReleaseView;
import org.platekeeper.sharing.domain.ReleaseBasis;
import org.platekeeper.web.console.shell.ConsoleActions;

/** Releases required by law: enter one for an active hold, approve or reject it, download its package. */
@Named
@ViewScoped
public class ReleasesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient LegalReleases legalReleases;

    private List<ReleaseView> releases;
    private List<LegalReleases.HoldChoice> holds;
    /** The chosen hold's id as the page's menu holds it. */
    private String holdId;
    private String recipient;
    private ReleaseBasis basis = ReleaseBasis.SUBPOENA;
    private String documentReference;
    private String description;
    private String note;

    @PostConstruct
    void load() {
        releases = legalReleases.releases();
        holds = legalReleases.releasableHolds();
    }

    public void request() {
        ReleaseView entered = ConsoleActions.perform(() -> legalReleases.request(new NewRelease(
                holdId == null || holdId.isBlank() ? null : UUID.fromString(holdId), recipient, basis,
                documentReference, description)), "Release entered: a supervisor other than you must approve it");
        if (entered != null) {
            recipient = null;
            documentReference = null;
            description = null;
            load();
        }
    }

    public void approve(ReleaseView release) {
        ConsoleActions.run(() -> legalReleases.approve(release.id(), note), "Release approved");
        note = null;
        load();
    }

    public void reject(ReleaseView release) {
        ConsoleActions.run(() -> legalReleases.reject(release.id(), note), "Release rejected");
        note = null;
        load();
    }

    public ReleaseBasis[] getBases() {
        return ReleaseBasis.values();
    }

    public List<ReleaseView> getReleases() {
        return releases;
    }

    public List<LegalReleases.HoldChoice> getHolds() {
        return holds;
    }

    public String getHoldId() {
        return holdId;
    }

    public void setHoldId(String holdId) {
        this.holdId = holdId;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public ReleaseBasis getBasis() {
        return basis;
    }

    public void setBasis(ReleaseBasis basis) {
        this.basis = basis;
    }

    public String getDocumentReference() {
        return documentReference;
    }

    public void setDocumentReference(String documentReference) {
        this.documentReference = documentReference;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
