package org.platekeeper.web.console.sharing;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.platekeeper.policy.domain.PolicyProfile;
import org.platekeeper.sharing.application.DisseminationView;
import org.platekeeper.sharing.application.Disseminations;
import org.platekeeper.sharing.application.PartnerAgencies;
import org.platekeeper.sharing.application.PartnerView;
import org.platekeeper.sharing.domain.DisseminationKind;
import org.platekeeper.sharing.domain.DisseminationOutcome;
import org.platekeeper.sharing.domain.DisseminationFilter;
import org.platekeeper.sharing.domain.MonthlySharing;
import org.platekeeper.web.console.shell.ConsoleActions;

/** The dissemination log for auditors and administrators: filters, the entries, CSV export, the monthly summary. */
@Named
@ViewScoped
public class DisseminationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 500;

    @Inject
    transient Disseminations disseminations;

    @Inject
    transient PartnerAgencies partnerAgencies;

    @Inject
    transient PolicyProfile policy;

    private List<PartnerView> partners;
    private List<DisseminationView> entries;
    private List<MonthlySharing> summary;
    /** The chosen partner's id as the page's menu holds it. */
    private String partnerId;
    private DisseminationKind kind;
    private DisseminationOutcome outcome;
    /** Days of the agency's calendar, from the first through the last. */
    private LocalDate from;
    private LocalDate to;

    @PostConstruct
    void load() {
        partners = partnerAgencies.partners();
        summary = disseminations.monthlySummary();
        filter();
    }

    public void filter() {
        List<DisseminationView> found = ConsoleActions.perform(() -> disseminations.log(filterOf(), SHOWN), null);
        entries = found == null ? List.of() : found;
    }

    private DisseminationFilter filterOf() {
        ZoneId zone = policy.timeZone();
        UUID partner = partnerId == null || partnerId.isBlank() ? null : UUID.fromString(partnerId);
        return new DisseminationFilter(partner, kind, outcome, from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** The CSV export's address with the same filters, for a plain download link. */
    public String getCsvQuery() {
        DisseminationFilter f = filterOf();
        StringBuilder query = new StringBuilder("?");
        if (f.partnerId() != null) {
            query.append("partner=").append(f.partnerId()).append('&');
        }
        if (f.kind() != null) {
            query.append("kind=").append(f.kind()).append('&');
        }
        if (f.outcome() != null) {
            query.append("outcome=").append(f.outcome()).append('&');
        }
        if (f.from() != null) {
            query.append("from=").append(f.from()).append('&');
        }
        if (f.to() != null) {
            query.append("to=").append(f.to()).append('&');
        }
        return query.substring(0, query.length() - 1);
    }

    public DisseminationKind[] getKinds() {
        return DisseminationKind.values();
    }

    public DisseminationOutcome[] getOutcomes() {
        return DisseminationOutcome.values();
    }

    public List<PartnerView> getPartners() {
        return partners;
    }

    public List<DisseminationView> getEntries() {
        return entries;
    }

    public List<MonthlySharing> getSummary() {
        return summary;
    }

    public String getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(String partnerId) {
        this.partnerId = partnerId;
    }

    public DisseminationKind getKind() {
        return kind;
    }

    public void setKind(DisseminationKind kind) {
        this.kind = kind;
    }

    public DisseminationOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(DisseminationOutcome outcome) {
        this.outcome = outcome;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
