package org.platekeeper.audit.infrastructure;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.platekeeper.audit.domain.AuditFinding;
import org.platekeeper.audit.domain.MisuseCase;
import org.platekeeper.audit.domain.MisuseRepository;

@ApplicationScoped
public class JpaMisuseRepository implements MisuseRepository {

    @PersistenceContext(unitName = "platekeeper")
    EntityManager em;

    @Override
    public void add(AuditFinding finding) {
        em.persist(finding);
    }

    @Override
    public void add(MisuseCase misuseCase) {
        em.persist(misuseCase);
    }

    @Override
    public Optional<AuditFinding> finding(UUID id) {
        return Optional.ofNullable(em.find(AuditFinding.class, id));
    }

    @Override
    public Optional<MisuseCase> misuseCase(UUID id) {
        return Optional.ofNullable(em.find(MisuseCase.class, id));
    }

    @Override
    public List<AuditFinding> findings(int limit) {
        return em.createQuery("select f from AuditFinding f order by f.recordedAt desc", AuditFinding.class)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<AuditFinding> findingsOf(UUID misuseCaseId) {
        return em.createQuery("select f from AuditFinding f where f.misuseCaseId = :id order by f.recordedAt",
                AuditFinding.class).setParameter("id", misuseCaseId).getResultList();
    }

    @Override
    public List<MisuseCase> cases(int limit) {
        return em.createQuery("select c from MisuseCase c order by c.openedAt desc", MisuseCase.class)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public long casesOpenedIn(int year) {
        Instant from = java.time.LocalDate.of(year, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant to = java.time.LocalDate.of(year + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
        return em.createQuery("select count(c) from MisuseCase c where c.openedAt >= :from and c.openedAt < :to",
                Long.class).setParameter("from", from).setParameter("to", to).getSingleResult();
    }
}
