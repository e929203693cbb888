package org.platekeeper.web.console.records;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.platekeeper.records.application.RecordsReceipt;
import org.platekeeper.records.application.RecordsRequestForm;
import org.platekeeper.records.application.RecordsRequestView;
import org.platekeeper.records.application.RecordsRequests;
import org.platekeeper.reporting.application.ReportOrder;
import org.platekeeper.reporting.application.Reports;
import org.platekeeper.reporting.domain.ReportKind;
import org.platekeeper.web.console.shell.ConsoleActions;

/**
 * The records clerk's register: requests by due date with overdue flags, entering, answering and denying, and the
 * response report attached to each.
 */
@Named
@ViewScoped
public class RecordsRequestsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int RESPONSE_PERIOD_DAYS = 30;

    @Inject
    transient RecordsRequests requests;

    @Inject
    transient Reports reports;

    private List<RecordsRequestView> register;
    private String name;
    private String contact;
    private String request;
    private String note;

    @PostConstruct
    void load() {
        register = requests.registerView();
    }

    public void enter() {
        RecordsReceipt receipt = ConsoleActions.perform(() -> requests.enter(new RecordsRequestForm(name, contact,
                request)), null);
        if (receipt != null) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    "Request " + receipt.trackingNumber() + " entered, due " + receipt.dueOn(), null));
            name = null;
            contact = null;
            request = null;
            load();
        }
    }

    public void answer(RecordsRequestView entry) {
        ConsoleActions.run(() -> requests.answer(entry.id(), note), "Answer recorded");
        note = null;
        load();
    }

    public void deny(RecordsRequestView entry) {
        ConsoleActions.run(() -> requests.deny(entry.id(), note), "Denial recorded");
        note = null;
        load();
    }

    /**
     * Orders the response report for the request, over the month before it was received; the Reports page makes
     * one for any other period, with the request's id.
     */
    public void respond(RecordsRequestView entry) {
        ConsoleActions.perform(() -> reports.order(new ReportOrder(ReportKind.RECORDS_RESPONSE,
                        entry.receivedOn().minusDays(RESPONSE_PERIOD_DAYS), entry.receivedOn(), entry.id().toString())),
                "Response report for " + entry.trackingNumber() + " ordered: it is attached here when ready");
        load();
    }

    public long getOverdueCount() {
        return register.stream().filter(RecordsRequestView::overdue).count();
    }

    public List<RecordsRequestView> getRegister() {
        return register;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public String getRequest() {
        return request;
    }

    public void setRequest(String request) {
        this.request = request;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
