package org.platekeeper.search.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.platekeeper.search.domain.HistoricalSearch;
import org.platekeeper.search.domain.SearchRepository;
import org.platekeeper.search.domain.SearchStatus;
import org.platekeeper.search.domain.SensitiveLocation;

@ApplicationScoped
public class JpaSearchRepository implements SearchRepository {

    @PersistenceContext(unitName = "platekeeper")
    EntityManager em;

    @Override
    public void add(HistoricalSearch search) {
        em.persist(search);
    }

    @Override
    public Optional<HistoricalSearch> find(UUID id) {
        return Optional.ofNullable(em.find(HistoricalSearch.class, id));
    }

    @Override
    public List<HistoricalSearch> by(String username, int limit) {
        return em.createQuery("select s from HistoricalSearch s where s.username = :user order by s.createdAt desc",
                HistoricalSearch.class).setParameter("user", username).setMaxResults(limit).getResultList();
    }

    @Override
    public List<HistoricalSearch> all(int limit) {
        return em.createQuery("select s from HistoricalSearch s order by s.createdAt desc", HistoricalSearch.class)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<HistoricalSearch> awaitingApproval() {
        return em.createQuery("select s from HistoricalSearch s where s.status = :waiting order by s.createdAt",
                HistoricalSearch.class).setParameter("waiting", SearchStatus.AWAITING_APPROVAL).getResultList();
    }

    @Override
    public List<HistoricalSearch> between(Instant from, Instant to) {
        return em.createQuery("select s from HistoricalSearch s where s.createdAt >= :from and s.createdAt < :to"
                + " order by s.createdAt", HistoricalSearch.class).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    @Override
    public void add(SensitiveLocation location) {
        em.persist(location);
    }

    @Override
    public Optional<SensitiveLocation> location(UUID id) {
        return Optional.ofNullable(em.find(SensitiveLocation.class, id));
    }

    @Override
    public List<SensitiveLocation> activeLocations() {
        return em.createQuery("select l from SensitiveLocation l where l.active = true order by l.name",
                SensitiveLocation.class).getResultList();
    }

    @Override
    public boolean locationNameTaken(String name) {
        return em.createQuery("select count(l) from SensitiveLocation l where lower(l.name) = lower(:name)",
                Long.class).setParameter("name", name.strip()).getSingleResult() > 0;
    }
}
