package org.platekeeper.web.console.hotlists;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.platekeeper.hotlists.application.CustomEntries;
import org.platekeeper.hotlists.application.Decision;
import org.platekeeper.hotlists.application.EntryRequest;
import org.platekeeper.hotlists.application.EntryView;
import org.platekeeper.hotlists.application.HistoryView;
import org.platekeeper.hotlists.domain.HotListKind;
import org.platekeeper.search.domain.PurposeCode;
import org.platekeeper.shared.domain.Role;
import org.platekeeper.web.console.shell.ConsoleActions;

/** Custom entries: an officer's request form, the supervisor's approval and review queues, history (OD-H1..H4). */
@Named
@ViewScoped
public class CustomEntriesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CustomEntries entries;

    private boolean supervisor;
    private List<EntryView> mine;
    private List<EntryView> active;
    private List<EntryView> awaitingApproval = List.of();
    private List<EntryView> reviewDue = List.of();
    private List<HistoryView> history = List.of();
    private EntryView historyOf;

    private String plate;
    private String state;
    private HotListKind kind = HotListKind.INVESTIGATION;
    private String reason;
    private String caseNumber;
    private String cadEvent;
    private String purpose;
    private String vehicle;
    private LocalDate expiresOn;
    private String note;

    @PostConstruct
    void load() {
        supervisor = FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.Names.SUPERVISOR);
        refresh();
    }

    private void refresh() {
        mine = entries.mine();
        active = entries.active();
        if (supervisor) {
            awaitingApproval = entries.awaitingApproval();
            reviewDue = entries.reviewDue();
        }
    }

    public void request() {
        EntryView requested = ConsoleActions.perform(() -> entries.request(new EntryRequest(plate, state, kind,
                reason, caseNumber, cadEvent, purpose, vehicle, expiresOn)),
                "Requested: a supervisor must approve the entry before it raises alerts");
        if (requested != null) {
            plate = null;
            state = null;
            reason = null;
            caseNumber = null;
            cadEvent = null;
            purpose = null;
            vehicle = null;
            expiresOn = null;
            refresh();
        }
    }

    public void approve(EntryView entry) {
        decide(() -> entries.approve(entry.id(), decision()), "Approved: the entry raises alerts from now on");
    }

    public void reject(EntryView entry) {
        decide(() -> entries.reject(entry.id(), decision()), "Rejected");
    }

    public void review(EntryView entry) {
        decide(() -> entries.review(entry.id(), decision()), "Reviewed: kept until the next review date");
    }

    public void remove(EntryView entry) {
        decide(() -> entries.remove(entry.id(), decision()), "Removed: the entry no longer raises alerts");
    }

    public void showHistory(EntryView entry) {
        historyOf = entry;
        history = entries.history(entry.id());
    }

    private void decide(java.util.function.Supplier<EntryView> step, String done) {
        if (ConsoleActions.perform(step, done) != null) {
            note = null;
            refresh();
        }
    }

    private Decision decision() {
        return new Decision(note);
    }

    public HotListKind[] getKinds() {
        return HotListKind.values();
    }

    public boolean isSupervisor() {
        return supervisor;
    }

    public List<EntryView> getMine() {
        return mine;
    }

    public List<EntryView> getActive() {
        return active;
    }

    public List<EntryView> getAwaitingApproval() {
        return awaitingApproval;
    }

    public List<EntryView> getReviewDue() {
        return reviewDue;
    }

    public List<HistoryView> getHistory() {
        return history;
    }

    public EntryView getHistoryOf() {
        return historyOf;
    }

    public String getPlate() {
        return plate;
    }

    public void setPlate(String plate) {
        this.plate = plate;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public HotListKind getKind() {
        return kind;
    }

    public void setKind(HotListKind kind) {
        this.kind = kind;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    public String getCadEvent() {
        return cadEvent;
    }

    public void setCadEvent(String cadEvent) {
        this.cadEvent = cadEvent;
    }

    /** The policy's purposes: an entry's purpose is one of them, as a search's is. */
    public PurposeCode[] getPurposeCodes() {
        return PurposeCode.values();
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getVehicle() {
        return vehicle;
    }

    public void setVehicle(String vehicle) {
        this.vehicle = vehicle;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
