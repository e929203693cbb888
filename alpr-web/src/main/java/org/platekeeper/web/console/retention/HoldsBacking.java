package org.platekeeper.web.console.retention;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.platekeeper.retention.application.HoldRequest;
import org.platekeeper.retention.application.HoldView;
import org.platekeeper.retention.application.LegalHolds;
import org.platekeeper.retention.domain.LegalBasis;
import org.platekeeper.search.application.SearchView;
import org.platekeeper.search.application.Searches;
import org.platekeeper.shared.domain.Role;
import org.platekeeper.shared.application.InvalidRequestException;
import org.platekeeper.web.console.shell.ConsoleActions;

/** Legal holds: request (from a search or read ids), approve, reject, release, and download evidence. */
@Named
@ViewScoped
public class HoldsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient LegalHolds holds;

    @Inject
    transient Searches searches;

    private List<HoldView> all;
    private List<SearchView> mySearches = List.of();
    private boolean requester;
    private String caseNumber;
    private LegalBasis legalBasis = LegalBasis.EVIDENCE;
    private String description;
    private LocalDate reviewDate = LocalDate.now().plusMonths(6);
    private String searchId;
    private String readIds;
    private String note;

    @PostConstruct
    void load() {
        var context = FacesContext.getCurrentInstance().getExternalContext();
        requester = context.isUserInRole(Role.Names.INVESTIGATOR) || context.isUserInRole(Role.Names.SUPERVISOR);
        refresh();
    }

    private void refresh() {
        all = holds.holds();
        if (requester) {
            mySearches = searches.mine().stream().filter(s -> s.resultCount() != null).toList();
        }
    }

    public void request() {
        HoldView requested = ConsoleActions.perform(() -> holds.request(new HoldRequest(caseNumber, legalBasis,
                description, reviewDate, ids(), searchId == null || searchId.isBlank() ? null
                : UUID.fromString(searchId))), "Hold requested: a supervisor must approve it");
        if (requested != null) {
            caseNumber = null;
            description = null;
            searchId = null;
            readIds = null;
            refresh();
        }
    }

    private List<UUID> ids() {
        if (readIds == null || readIds.isBlank()) {
            return List.of();
        }
        List<UUID> ids = new ArrayList<>();
        for (String id : Arrays.stream(readIds.split("[\\s,;]+")).filter(s -> !s.isBlank()).toList()) {
            try {
                ids.add(UUID.fromString(id));
            } catch (IllegalArgumentException notAnId) {
                throw new InvalidRequestException("'" + id + "' is not a read id");
            }
        }
        return ids;
    }

    public void approve(HoldView hold) {
        decide(() -> holds.approve(hold.id(), note), "Hold approved: its reads survive every purge");
    }

    public void reject(HoldView hold) {
        decide(() -> holds.reject(hold.id(), note), "Hold rejected");
    }

    public void release(HoldView hold) {
        decide(() -> holds.release(hold.id(), note), "Hold released: its reads are purged at the next run if "
                + "past retention");
    }

    private void decide(java.util.function.Supplier<HoldView> step, String done) {
        if (ConsoleActions.perform(step, done) != null) {
            note = null;
            refresh();
        }
    }

    public LegalBasis[] getBases() {
        return LegalBasis.values();
    }

    public List<HoldView> getAll() {
        return all;
    }

    public List<SearchView> getMySearches() {
        return mySearches;
    }

    public boolean isRequester() {
        return requester;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    public LegalBasis getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(LegalBasis legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDate getReviewDate() {
        return reviewDate;
    }

    public void setReviewDate(LocalDate reviewDate) {
        this.reviewDate = reviewDate;
    }

    public String getSearchId() {
        return searchId;
    }

    public void setSearchId(String searchId) {
        this.searchId = searchId;
    }

    public String getReadIds() {
        return readIds;
    }

    public void setReadIds(String readIds) {
        this.readIds = readIds;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
