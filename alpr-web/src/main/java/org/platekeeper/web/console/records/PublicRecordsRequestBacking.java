package org.platekeeper.web.console.records;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.platekeeper.records.application.RecordsReceipt;
import org.platekeeper.records.application.RecordsRequestForm;
import org.platekeeper.records.application.RecordsRequests;
import org.platekeeper.web.console.shell.ConsoleActions;

/** The public records-request form: no sign-in; the requester leaves with a tracking number and a due date. */
@Named
@RequestScoped
public class PublicRecordsRequestBacking {

    @Inject
    RecordsRequests requests;

    private String name;
    private String contact;
    private String request;
    private RecordsReceipt receipt;

    public void submit() {
        receipt = ConsoleActions.perform(() -> requests.submit(new RecordsRequestForm(name, contact, request)), null);
    }

    public RecordsReceipt getReceipt() {
        return receipt;
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
}
