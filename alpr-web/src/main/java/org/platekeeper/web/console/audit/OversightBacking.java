package org.platekeeper.web.console.audit;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.platekeeper.audit.application.MisuseInvestigations;
import org.platekeeper.audit.domain.MisuseCase;
import org.platekeeper.search.application.SearchOversight;
import org.platekeeper.search.application.SearchView;
import org.platekeeper.web.console.shell.ConsoleActions;

/** The auditor's oversight: every search, the flagged ones, findings and misuse cases (PC-E1, OD-AD4). */
@Named
@ViewScoped
public class OversightBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SearchOversight oversight;

    @Inject
    transient MisuseInvestigations investigations;

    private List<SearchOversight.Flag> flags;
    private List<SearchView> searches;
    private List<MisuseInvestigations.FindingView> findings;
    private List<MisuseInvestigations.CaseView> cases;
    private List<MisuseInvestigations.FindingView> selectedFindings = new ArrayList<>();
    private String findingSummary;
    private String caseSummary;
    private String outcome;

    @PostConstruct
    void load() {
        flags = oversight.flags(null, null);
        searches = oversight.searches();
        refresh();
    }

    private void refresh() {
        findings = investigations.findings();
        cases = investigations.cases();
    }

    public void recordFinding(SearchOversight.Flag flag) {
        String summary = findingSummary == null || findingSummary.isBlank() ? flag.kind() + ": " + flag.detail()
                : findingSummary;
        if (ConsoleActions.perform(() -> investigations.record(new MisuseInvestigations.NewFinding(
                flag.kind().name(), flag.username(), flag.searchId(), null, summary)), "Finding recorded") != null) {
            findingSummary = null;
            refresh();
        }
    }

    public void openCase() {
        if (ConsoleActions.perform(() -> investigations.open(new MisuseInvestigations.NewMisuseCase(caseSummary,
                selectedFindings.stream().map(MisuseInvestigations.FindingView::id).toList())),
                "Misuse case opened") != null) {
            caseSummary = null;
            selectedFindings = new ArrayList<>();
            refresh();
        }
    }

    public void move(MisuseInvestigations.CaseView misuseCase, MisuseCase.Status status) {
        if (ConsoleActions.perform(() -> investigations.update(misuseCase.id(),
                new MisuseInvestigations.CaseUpdate(status, outcome)), "Case " + status.name().toLowerCase())
                != null) {
            outcome = null;
            refresh();
        }
    }

    public List<SearchOversight.Flag> getFlags() {
        return flags;
    }

    public List<SearchView> getSearches() {
        return searches;
    }

    public List<MisuseInvestigations.FindingView> getFindings() {
        return findings;
    }

    public List<MisuseInvestigations.CaseView> getCases() {
        return cases;
    }

    public List<MisuseInvestigations.FindingView> getSelectedFindings() {
        return selectedFindings;
    }

    public void setSelectedFindings(List<MisuseInvestigations.FindingView> selectedFindings) {
        this.selectedFindings = selectedFindings;
    }

    public String getFindingSummary() {
        return findingSummary;
    }

    public void setFindingSummary(String findingSummary) {
        this.findingSummary = findingSummary;
    }

    public String getCaseSummary() {
        return caseSummary;
    }

    public void setCaseSummary(String caseSummary) {
        this.caseSummary = caseSummary;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public MisuseCase.Status[] getStatuses() {
        return new MisuseCase.Status[] {MisuseCase.Status.REFERRED, MisuseCase.Status.CLOSED};
    }
}
