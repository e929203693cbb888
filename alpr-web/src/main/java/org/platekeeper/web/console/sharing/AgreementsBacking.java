package org.platekeeper.web.console.sharing;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.platekeeper.search.domain.PurposeCode;
import org.platekeeper.sharing.application.AgreementView;
import org.platekeeper.sharing.application.AgreementWithToken;
import org.platekeeper.sharing.application.NewAgreement;
import org.platekeeper.sharing.application.NewPartner;
import org.platekeeper.sharing.application.PartnerAgencies;
import org.platekeeper.sharing.application.PartnerView;
import org.platekeeper.sharing.application.SharingAgreements;
import org.platekeeper.sharing.domain.AgencyType;
import org.platekeeper.sharing.domain.SharingScope;
import org.platekeeper.web.console.shell.ConsoleActions;

/**
 * Partner agencies and their sharing agreements: administrators register partners and propose agreements,
 * supervisors approve or reject them, either suspends one; the partner's credential is shown once.
 */
@Named
@ViewScoped
public class AgreementsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PartnerAgencies partnerAgencies;

    @Inject
    transient SharingAgreements sharingAgreements;

    private List<PartnerView> partners;
    private List<AgreementView> agreements;

    private String partnerName;
    private String ori;
    private AgencyType agencyType = AgencyType.LAW_ENFORCEMENT;
    private String state;
    private boolean federal;
    private String contact;

    /** The chosen partner's id as the page's menu holds it. */
    private String partnerId;
    private List<SharingScope> scopes = List.of(SharingScope.QUERY_READS);
    private List<PurposeCode> purposes = List.of();
    private Integer maxAgeDays = 7;
    private boolean imagesIncluded;
    private Integer maxResults = 100;
    private Integer maxQueriesPerDay = 200;
    private LocalDate validFrom = LocalDate.now();
    private LocalDate validUntil = LocalDate.now().plusYears(1);
    private String documentReference;
    private String callbackUrl;

    private String note;
    private String issuedToken;
    private String issuedFor;

    @PostConstruct
    void load() {
        partners = partnerAgencies.partners();
        agreements = sharingAgreements.agreements();
    }

    public void registerPartner() {
        PartnerView registered = ConsoleActions.perform(() -> partnerAgencies.register(new NewPartner(partnerName,
                ori, agencyType, state, federal, contact)), "Partner agency registered");
        if (registered != null) {
            partnerName = null;
            ori = null;
            state = null;
            federal = false;
            contact = null;
            load();
        }
    }

    public void propose() {
        AgreementView proposed = ConsoleActions.perform(() -> sharingAgreements.propose(new NewAgreement(
                partnerId == null || partnerId.isBlank() ? null : UUID.fromString(partnerId),
                set(scopes, SharingScope.class), set(purposes, PurposeCode.class), orZero(maxAgeDays), imagesIncluded,
                orZero(maxResults), orZero(maxQueriesPerDay), validFrom, validUntil, documentReference, callbackUrl)),
                "Agreement proposed: a supervisor other than you must approve it");
        if (proposed != null) {
            documentReference = null;
            load();
        }
    }

    public void approve(AgreementView agreement) {
        ConsoleActions.run(() -> sharingAgreements.approve(agreement.id(), note), "Agreement approved");
        note = null;
        load();
    }

    public void reject(AgreementView agreement) {
        ConsoleActions.run(() -> sharingAgreements.reject(agreement.id(), note), "Agreement rejected");
        note = null;
        load();
    }

    public void suspend(AgreementView agreement) {
        ConsoleActions.run(() -> sharingAgreements.suspend(agreement.id(), note),
                "Agreement suspended: the partner is refused from now on");
        note = null;
        load();
    }

    public void issueCredential(AgreementView agreement) {
        AgreementWithToken issued = ConsoleActions.perform(() -> sharingAgreements.issueCredential(agreement.id()),
                "Credential issued");
        if (issued != null) {
            issuedToken = issued.token();
            issuedFor = issued.agreement().partnerName();
            load();
        }
    }

    public void revokeCredential(AgreementView agreement) {
        ConsoleActions.run(() -> sharingAgreements.revokeCredential(agreement.id()), "Credential revoked");
        load();
    }

    public void forgetToken() {
        issuedToken = null;
        issuedFor = null;
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static <E extends Enum<E>> Set<E> set(List<E> values, Class<E> type) {
        return values == null || values.isEmpty() ? Set.of() : EnumSet.copyOf(values);
    }

    public AgencyType[] getAgencyTypes() {
        return AgencyType.values();
    }

    public SharingScope[] getAllScopes() {
        return SharingScope.values();
    }

    public PurposeCode[] getAllPurposes() {
        return PurposeCode.values();
    }

    public List<PartnerView> getPartners() {
        return partners;
    }

    public List<AgreementView> getAgreements() {
        return agreements;
    }

    public String getIssuedToken() {
        return issuedToken;
    }

    public String getIssuedFor() {
        return issuedFor;
    }

    public String getPartnerName() {
        return partnerName;
    }

    public void setPartnerName(String partnerName) {
        this.partnerName = partnerName;
    }

    public String getOri() {
        return ori;
    }

    public void setOri(String ori) {
        this.ori = ori;
    }

    public AgencyType getAgencyType() {
        return agencyType;
    }

    public void setAgencyType(AgencyType agencyType) {
        this.agencyType = agencyType;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public boolean isFederal() {
        return federal;
    }

    public void setFederal(boolean federal) {
        this.federal = federal;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public String getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(String partnerId) {
        this.partnerId = partnerId;
    }

    public List<SharingScope> getScopes() {
        return scopes;
    }

    public void setScopes(List<SharingScope> scopes) {
        this.scopes = scopes;
    }

    public List<PurposeCode> getPurposes() {
        return purposes;
    }

    public void setPurposes(List<PurposeCode> purposes) {
        this.purposes = purposes;
    }

    public Integer getMaxAgeDays() {
        return maxAgeDays;
    }

    public void setMaxAgeDays(Integer maxAgeDays) {
        this.maxAgeDays = maxAgeDays;
    }

    public boolean isImagesIncluded() {
        return imagesIncluded;
    }

    public void setImagesIncluded(boolean imagesIncluded) {
        this.imagesIncluded = imagesIncluded;
    }

    public Integer getMaxResults() {
        return maxResults;
    }

    public void setMaxResults(Integer maxResults) {
        this.maxResults = maxResults;
    }

    public Integer getMaxQueriesPerDay() {
        return maxQueriesPerDay;
    }

    public void setMaxQueriesPerDay(Integer maxQueriesPerDay) {
        this.maxQueriesPerDay = maxQueriesPerDay;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public String getDocumentReference() {
        return documentReference;
    }

    public void setDocumentReference(String documentReference) {
        this.documentReference = documentReference;
    }

    public String getCallbackUrl() {
        return callbackUrl;
    }

    public void setCallbackUrl(String callbackUrl) {
        this.callbackUrl = callbackUrl;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
