package org.platekeeper.web.console.sharing;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.platekeeper.sharing.application.FederatedAnswer;
import org.platekeeper.sharing.application.FederatedSearches;
import org.platekeeper.sharing.application.InstallationView;
import org.platekeeper.sharing.application.NewInstallation;
import org.platekeeper.web.console.shell.ConsoleActions;

/**
 * Partner installations: administrators enter them with the credential each issued us; investigators put an
 * exact-plate search to the ones they choose and see each answer marked with its agency.
 */
@Named
@ViewScoped
public class FederationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient FederatedSearches federation;

    private List<InstallationView> installations;
    private List<String> chosen = new ArrayList<>();
    private List<Row> rows;

    private String name;
    private String ori;
    private String baseUrl;
    private String credential;

    /** One line of the answers: a read from an agency, or what the agency said instead. */
    public record Row(String agency, String ori, FederatedAnswer.Outcome outcome, String message, String plate,
                      String state, Instant capturedAt, Double latitude, Double longitude, String camera) {
    }

    public List<InstallationView> getInstallations() {
        if (installations == null) {
            installations = federation.installations();
        }
        return installations;
    }

    public List<InstallationView> getEnabledInstallations() {
        return getInstallations().stream().filter(InstallationView::enabled).toList();
    }

    public void ask(UUID searchId) {
        List<UUID> ids = chosen.stream().map(UUID::fromString).toList();
        List<FederatedAnswer> answers = ConsoleActions.perform(() -> federation.ask(searchId, ids), null);
        if (answers == null) {
            return;
        }
        rows = new ArrayList<>();
        for (FederatedAnswer answer : answers) {
            if (answer.reads().isEmpty()) {
                rows.add(new Row(answer.agency(), answer.ori(), answer.outcome(), answer.outcome()
                        == FederatedAnswer.Outcome.ANSWERED ? "no reads" : answer.message(), null, null, null, null,
                        null, null));
            }
            answer.reads().forEach(r -> rows.add(new Row(answer.agency(), answer.ori(), answer.outcome(),
                    answer.truncated() ? "more reads than the agreement lets it send" : null, r.plate(), r.state(),
                    r.capturedAt(), r.latitude(), r.longitude(), r.camera())));
        }
    }

    public void register() {
        InstallationView registered = ConsoleActions.perform(() -> federation.register(new NewInstallation(name,
                ori, baseUrl, credential)), "Partner installation entered");
        credential = null; // never kept in the page, whatever happened
        if (registered != null) {
            name = null;
            ori = null;
            baseUrl = null;
            installations = null;
        }
    }

    public void disable(InstallationView installation) {
        ConsoleActions.run(() -> federation.disable(installation.id()), "Installation disabled");
        installations = null;
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<String> getChosen() {
        return chosen;
    }

    public void setChosen(List<String> chosen) {
        this.chosen = chosen;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOri() {
        return ori;
    }

    public void setOri(String ori) {
        this.ori = ori;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getCredential() {
        return credential;
    }

    public void setCredential(String credential) {
        this.credential = credential;
    }
}
