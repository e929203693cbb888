package org.platekeeper.audit.infrastructure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.platekeeper.audit.domain.AuditChainHead;
import org.platekeeper.audit.domain.AuditEvent;
import org.platekeeper.audit.domain.AuditEventRepository;

@ApplicationScoped
public class JpaAuditEventRepository implements AuditEventRepository {

    @PersistenceContext(unitName = "platekeeper")
    EntityManager em;

    @Override
    public AuditChainHead lockHead() {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
        if (em.getLockMode(head) != LockModeType.PESSIMISTIC_WRITE) {
            // read afresh under the lock: a head read earlier without it may be behind another server's append;
            // once locked, this transaction's own appends are the newest state
            em.refresh(head, LockModeType.PESSIMISTIC_WRITE);
        }
        return head;
    }

    @Override
    public AuditChainHead head() {
        return em.find(AuditChainHead.class, AuditChainHead.ID);
    }

    @Override
    public void add(AuditEvent event) {
        em.persist(event);
    }

    @Override
    public List<AuditEvent> between(long afterSequence, long upToSequence, int limit) {
        List<AuditEvent> batch = em.createQuery("select e from AuditEvent e"
                        + " where e.sequence > :after and e.sequence <= :upTo order by e.sequence", AuditEvent.class)
                .setParameter("after", afterSequence)
                .setParameter("upTo", upToSequence)
                .setMaxResults(limit)
                .getResultList();
        // verification reads far more rows than a transaction needs to keep managed
        batch.forEach(em::detach);
        return batch;
    }

    @Override
    public List<AuditEvent> search(String actor, String action, Instant from, Instant to, int offset, int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEvent> q = cb.createQuery(AuditEvent.class);
        Root<AuditEvent> e = q.from(AuditEvent.class);
        List<Predicate> where = new ArrayList<>();
        if (actor != null) {
            where.add(cb.equal(e.get("actor"), actor));
        }
        if (action != null) {
            where.add(cb.equal(e.get("action"), action));
        }
        if (from != null) {
            where.add(cb.greaterThanOrEqualTo(e.get("occurredAt"), from));
        }
        if (to != null) {
            where.add(cb.lessThan(e.get("occurredAt"), to));
        }
        q.select(e).where(where.toArray(Predicate[]::new)).orderBy(cb.desc(e.get("sequence")));
        TypedQuery<AuditEvent> query = em.createQuery(q).setFirstResult(offset).setMaxResults(limit);
        return query.getResultList();
    }
}
