package org.platekeeper.reporting.infrastructure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.platekeeper.reporting.domain.GeneratedReport;
import org.platekeeper.reporting.domain.ReportArchive;
import org.platekeeper.reporting.domain.ReportFile;

@ApplicationScoped
public class JpaReportArchive implements ReportArchive {

    @PersistenceContext(unitName = "platekeeper")
    EntityManager em;

    @Override
    public void add(GeneratedReport report) {
        em.persist(report);
    }

    @Override
    public boolean addScheduled(GeneratedReport report) {
        // the partial unique index decides between two servers running the timer at once
        int inserted = em.createNativeQuery("""
                        insert into generated_report (id, kind, period_from, period_to, status, progress, scheduled,
                                                      requested_by, requested_at, keep_until)
                        values (?1, ?2, ?3, ?4, 'QUEUED', 0, true, ?5, ?6, ?7)
                        on conflict (kind, period_from, period_to) where scheduled do nothing""")
                .setParameter(1, report.id()).setParameter(2, report.kind().name())
                .setParameter(3, report.periodFrom()).setParameter(4, report.periodTo())
                .setParameter(5, report.requestedBy()).setParameter(6, report.requestedAt())
                .setParameter(7, report.keepUntil()).executeUpdate();
        return inserted == 1;
    }

    @Override
    public Optional<GeneratedReport> find(UUID id) {
        return Optional.ofNullable(em.find(GeneratedReport.class, id));
    }

    @Override
    public List<GeneratedReport> interruptedOn(String server, Instant queuedBefore) {
        return em.createQuery("""
                        select r from GeneratedReport r
                         where (r.status = :running and (r.server = :server or r.server is null))
                            or (r.status = :queued and r.requestedAt < :before)""", GeneratedReport.class)
                .setParameter("running", GeneratedReport.Status.RUNNING)
                .setParameter("queued", GeneratedReport.Status.QUEUED)
                .setParameter("server", server).setParameter("before", queuedBefore).getResultList();
    }

    @Override
    public List<GeneratedReport> recent(int max) {
        return em.createQuery("select r from GeneratedReport r order by r.requestedAt desc", GeneratedReport.class)
                .setMaxResults(max).getResultList();
    }

    @Override
    public void store(ReportFile file) {
        em.persist(file);
    }

    @Override
    public Optional<ReportFile> file(UUID reportId) {
        return Optional.ofNullable(em.find(ReportFile.class, reportId));
    }

    @Override
    public int expire(LocalDate today) {
        em.createNativeQuery("delete from generated_report_file f using generated_report r"
                + " where r.id = f.report_id and r.keep_until < ?1").setParameter(1, today).executeUpdate();
        return em.createQuery("update GeneratedReport r set r.status = :expired where r.keepUntil < :today"
                        + " and r.status <> :expired")
                .setParameter("expired", GeneratedReport.Status.EXPIRED).setParameter("today", today)
                .executeUpdate();
    }
}
