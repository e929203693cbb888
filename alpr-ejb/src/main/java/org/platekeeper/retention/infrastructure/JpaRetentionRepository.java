package org.platekeeper.retention.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.platekeeper.retention.domain.HoldStatus;
import org.platekeeper.retention.domain.LegalHold;
import org.platekeeper.retention.domain.PurgeRun;
import org.platekeeper.retention.domain.RetentionRepository;

@ApplicationScoped
public class JpaRetentionRepository implements RetentionRepository {

    @PersistenceContext(unitName = "platekeeper")
    EntityManager em;

    @Override
    public void add(LegalHold hold) {
        em.persist(hold);
        em.flush(); // its reads are recorded with plain JDBC, which needs the row
    }

    @Override
    public Optional<LegalHold> hold(UUID id) {
        return Optional.ofNullable(em.find(LegalHold.class, id));
    }

    @Override
    public List<LegalHold> holds(int limit) {
        return em.createQuery("select h from LegalHold h order by h.requestedAt desc", LegalHold.class)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<LegalHold> requestedBefore(Instant instant) {
        return em.createQuery("select h from LegalHold h where h.status = :requested and h.requestedAt < :before",
                        LegalHold.class)
                .setParameter("requested", HoldStatus.REQUESTED).setParameter("before", instant).getResultList();
    }

    @Override
    public void add(PurgeRun run) {
        em.persist(run);
    }

    @Override
    public Optional<PurgeRun> run(UUID id) {
        return Optional.ofNullable(em.find(PurgeRun.class, id));
    }

    @Override
    public List<PurgeRun> runs(int limit) {
        return em.createQuery("select r from PurgeRun r order by r.startedAt desc", PurgeRun.class)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<PurgeRun> runningOn(String server) {
        return em.createQuery("select r from PurgeRun r where r.status = :running"
                        + " and (r.server = :server or r.server is null)", PurgeRun.class)
                .setParameter("running", PurgeRun.Status.RUNNING).setParameter("server", server).getResultList();
    }

    @Override
    public Optional<PurgeRun> lastCompleted() {
        return em.createQuery("select r from PurgeRun r where r.status = :done order by r.startedAt desc",
                PurgeRun.class).setParameter("done", PurgeRun.Status.COMPLETED).setMaxResults(1)
                .getResultStream().findFirst();
    }
}
