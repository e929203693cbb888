package org.platekeeper.reporting.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.platekeeper.shared.application.ThisServer;
import org.platekeeper.audit.domain.AuditOutcome;
import org.platekeeper.audit.domain.AuditableAction;
import org.platekeeper.records.domain.RecordsRegister;
import org.platekeeper.reporting.domain.GeneratedReport;
import org.platekeeper.reporting.domain.ReportArchive;
import org.platekeeper.reporting.domain.ReportFile;
import org.platekeeper.reporting.domain.ReportKind;
import org.platekeeper.reports.RenderedReport;
import org.platekeeper.reports.Report;
import org.platekeeper.reports.ReportRenderer;

/**
 * Makes a report in the background once its order is committed: gathers the figures, renders the PDF (and CSV),
 * keeps the files and records the generation with the data's digest (OD-R4). Each step commits on its own, so the
 * console sees the progress and a failure leaves a FAILED report with its reason rather than a half-written one.
 */
@Stateless
@PermitAll
public class ReportGenerator {

    private static final Logger LOG = Logger.getLogger(ReportGenerator.class.getName());

    @Inject
    ReportArchive archive;

    @Inject
    ReportAssembler assembler;

    @Inject
    ReportRenderer renderer;

    @Inject
    RecordsRegister records;

    @Inject
    Event<AuditableAction> audit;

    @Inject
    Clock clock;

    @Inject
    ThisServer thisServer;

    @Resource
    SessionContext session;

    public void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReportQueued queued) {
        self().generate(queued.reportId());
    }

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void generate(UUID id) {
        produce(id);
    }

    /** Makes the report now, on the caller's thread (the monthly timer). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void produce(UUID id) {
        ReportGenerator self = self();
        GeneratedReport order = self.begin(id);
        try {
            Report model = assembler.assemble(order);
            self.advance(id, 60);
            RenderedReport rendered = renderer.render(model);
            self.advance(id, 90);
            self.finish(id, rendered);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "report " + id + " failed", e);
            self.failed(id, reason(e));
        }
    }

    /**
     * Puts back in the queue the reports whose making stopped with a server (see {@link InterruptedReports}), in a
     * transaction that commits before any of them is begun again; their ids.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<UUID> requeueInterrupted(String server, Instant queuedBefore) {
        List<GeneratedReport> interrupted = archive.interruptedOn(server, queuedBefore);
        interrupted.forEach(GeneratedReport::requeue);
        return interrupted.stream().map(GeneratedReport::id).toList();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public GeneratedReport begin(UUID id) {
        GeneratedReport report = archive.find(id).orElseThrow(() -> new IllegalStateException("no report " + id));
        report.start(thisServer.name());
        return report;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void advance(UUID id, int percent) {
        archive.find(id).ifPresent(r -> r.advance(percent));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finish(UUID id, RenderedReport rendered) {
        GeneratedReport report = archive.find(id).orElseThrow(() -> new IllegalStateException("no report " + id));
        archive.store(new ReportFile(id, rendered.pdf(), rendered.csv()));
        report.complete(rendered.digest(), rendered.pages(), Instant.now(clock));
        String attached = "";
        if (report.kind() == ReportKind.RECORDS_RESPONSE) {
            attached = records.find(UUID.fromString(report.subject())).map(request -> {
                request.attachResponseReport(id);
                return "; attached to records request " + request.trackingNumber();
            }).orElse("");
        }
        audit.fire(AuditableAction.of("REPORT_GENERATED", "report", id.toString(), AuditOutcome.SUCCESS,
                Reports.describe(report) + "; " + rendered.pages() + " pages; data SHA-256 " + rendered.digest()
                        + attached).by(report.requestedBy()));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(UUID id, String why) {
        archive.find(id).ifPresent(report -> {
            report.fail(why, Instant.now(clock));
            audit.fire(AuditableAction.of("REPORT_GENERATED", "report", id.toString(), AuditOutcome.FAILURE,
                    Reports.describe(report) + ": " + why).by(report.requestedBy()));
        });
    }

    private static String reason(RuntimeException e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    private ReportGenerator self() {
        return session.getBusinessObject(ReportGenerator.class);
    }
}
