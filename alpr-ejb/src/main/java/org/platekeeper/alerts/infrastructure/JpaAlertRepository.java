package org.platekeeper.alerts.infrastructure;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.platekeeper.alerts.domain.Alert;
import org.platekeeper.alerts.domain.AlertRepository;
import org.platekeeper.alerts.domain.AlertStatus;

@ApplicationScoped
public class JpaAlertRepository implements AlertRepository {

    @PersistenceContext(unitName = "platekeeper")
    EntityManager em;

    @Override
    public void add(Alert alert) {
        em.persist(alert);
    }

    @Override
    public Optional<Alert> find(UUID id) {
        return Optional.ofNullable(em.find(Alert.class, id));
    }

    @Override
    public List<Alert> open(int limit) {
        // the priority names sort URGENT, HIGH, NORMAL in the order of the enum, not of the alphabet
        return em.createQuery("select a from Alert a where a.status <> :closed order by case a.priority"
                        + " when org.platekeeper.hotlists.domain.AlertPriority.URGENT then 0"
                        + " when org.platekeeper.hotlists.domain.AlertPriority.HIGH then 1 else 2 end,"
                        + " a.raisedAt desc", Alert.class)
                .setParameter("closed", AlertStatus.CLOSED).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Alert> recent(int limit) {
        return em.createQuery("select a from Alert a order by a.raisedAt desc", Alert.class).setMaxResults(limit)
                .getResultList();
    }

    @Override
    public boolean exists(UUID readId, long entryId) {
        return em.createQuery("select count(a) from Alert a where a.readId = :read and a.entryId = :entry",
                Long.class).setParameter("read", readId).setParameter("entry", entryId).getSingleResult() > 0;
    }
}
