package org.platekeeper.sharing.application;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.platekeeper.audit.domain.AuditOutcome;
import org.platekeeper.audit.domain.AuditableAction;
import org.platekeeper.policy.domain.PolicyProfile;
import org.platekeeper.shared.domain.Role;
import org.platekeeper.shared.domain.SpreadsheetSafe;
import org.platekeeper.sharing.domain.DisseminationFilter;
import org.platekeeper.sharing.domain.MonthlySharing;
import org.platekeeper.sharing.domain.SharingRepository;

/**
 * The dissemination log for auditors and administrators (OD-R3, OD-AD3): every answer, push, release and refusal,
 * filtered, exported as CSV, and summed per partner and month. Looking at it is itself audited, since it names
 * plates.
 */
@Stateless
@RolesAllowed({Role.Names.AUDITOR, Role.Names.ADMINISTRATOR})
public class Disseminations {

    public static final int MAX_ROWS = 5_000;
    private static final String[] CSV_HEADER = {"at", "kind", "outcome", "partner", "agreement", "plate", "purpose",
            "case_number", "legal_basis", "reads_disclosed", "images_included", "refusal_reason", "clause"};

    @Inject
    SharingRepository sharing;

    @Inject
    PolicyProfile policy;

    @Inject
    Event<AuditableAction> audit;

    public List<DisseminationView> log(@NotNull DisseminationFilter filter, int max) {
        List<DisseminationView> rows = sharing.disseminations(filter, Math.min(Math.max(max, 1), MAX_ROWS)).stream()
                .map(DisseminationView::of).toList();
        audit.fire(AuditableAction.of("DISSEMINATIONS_VIEWED", "dissemination-log", null, AuditOutcome.SUCCESS,
                rows.size() + " entries; " + filter));
        return rows;
    }

    public String csv(@NotNull DisseminationFilter filter) {
        List<DisseminationView> rows = sharing.disseminations(filter, MAX_ROWS).stream()
                .map(DisseminationView::of).toList();
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(CSV_HEADER).build())) {
            for (DisseminationView d : rows) {
                csv.printRecord(Stream.of(d.at(), d.kind(), d.outcome(), d.partnerName(), d.agreementId(),
                        d.plate(), d.purpose(), d.caseNumber(), d.legalBasis(), d.readsDisclosed(),
                        d.imagesIncluded(), d.refusalReason(), d.clause()).map(SpreadsheetSafe::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.fire(AuditableAction.of("DISSEMINATIONS_EXPORTED", "dissemination-log", null, AuditOutcome.SUCCESS,
                rows.size() + " entries as CSV; " + filter));
        return out.toString();
    }

    public List<MonthlySharing> monthlySummary() {
        return sharing.monthlySummary(policy.timeZone());
    }
}
