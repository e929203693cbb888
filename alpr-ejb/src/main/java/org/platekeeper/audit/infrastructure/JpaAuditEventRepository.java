package org.platekeeper.audit.infrastructure;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.platekeeper.audit.domain.AuditAnchor;
import org.platekeeper.audit.domain.AuditChainHead;
import org.platekeeper.audit.domain.AuditEvent;
import org.platekeeper.audit.domain.AuditEventRepository;
import org.platekeeper.audit.domain.AuditPurge;

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
    public int redactBefore(Instant cutoff, Set<String> objectTypes) {
        // the application's database role cannot update audit events; the schema owner's function can, only this
        return ((Number) em.createNativeQuery("select redact_audit_events(?1, cast(?2 as varchar[]))")
                .setParameter(1, cutoff)
                .setParameter(2, "{" + String.join(",", objectTypes.stream().map(t -> '"' + t + '"').toList()) + "}")
                .getSingleResult()).intValue();
    }

    @Override
    public Optional<AuditPurge> purgeBefore(Instant cutoff) {
        AuditChainHead head = lockHead();
        Number firstKept = (Number) em.createNativeQuery("select min(sequence) from audit_event"
                + " where sequence > ?1 and occurred_at >= ?2").setParameter(1, head.anchorSequence())
                .setParameter(2, cutoff).getSingleResult();
        long last = firstKept == null ? head.lastSequence() : firstKept.longValue() - 1;
        if (last <= head.anchorSequence()) {
            return Optional.empty();
        }
        long first = head.anchorSequence() + 1;
        String anchorHash = ((String) em.createNativeQuery("select hash from audit_event where sequence = ?1")
                .setParameter(1, last).getSingleResult()).trim();
        head.moveAnchor(last, anchorHash);
        em.flush(); // the table's trigger lets only events at or before the stored anchor go
        em.createNativeQuery("select delete_audit_events_through(?1)").setParameter(1, last).getSingleResult();
        return Optional.of(new AuditPurge(first, last, anchorHash));
    }

    @Override
    public List<AuditAnchor> dailyAnchors(LocalDate from, LocalDate to, ZoneId zone) {
        List<?> rows = em.createNativeQuery("""
                        select distinct on (day) day, sequence, hash, occurred_at from (
                            select (occurred_at at time zone ?1)::date as day, sequence, hash, occurred_at
                              from audit_event where occurred_at >= ?2 and occurred_at < ?3) e
                         order by day, sequence desc""")
                .setParameter(1, zone.getId())
                .setParameter(2, from.atStartOfDay(zone).toInstant())
                .setParameter(3, to.plusDays(1).atStartOfDay(zone).toInstant())
                .getResultList();
        return rows.stream().map(row -> (Object[]) row).map(r -> new AuditAnchor(day(r[0]),
                ((Number) r[1]).longValue(), ((String) r[2]).trim(), instant(r[3]))).toList();
    }

    private static LocalDate day(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static Instant instant(Object value) {
        return value instanceof java.sql.Timestamp t ? t.toInstant()
                : value instanceof java.time.OffsetDateTime o ? o.toInstant() : (Instant) value;
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
