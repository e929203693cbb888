package org.platekeeper.records.infrastructure;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.platekeeper.records.domain.RecordsRegister;
import org.platekeeper.records.domain.RecordsRequest;

@ApplicationScoped
public class JpaRecordsRegister implements RecordsRegister {

    @PersistenceContext(unitName = "platekeeper")
    EntityManager em;

    @Override
    public long nextNumber() {
        return ((Number) em.createNativeQuery("select nextval('records_request_number')").getSingleResult())
                .longValue();
    }

    @Override
    public void add(RecordsRequest request) {
        em.persist(request);
    }

    @Override
    public Optional<RecordsRequest> find(UUID id) {
        return Optional.ofNullable(em.find(RecordsRequest.class, id));
    }

    @Override
    public List<RecordsRequest> all(int max) {
        return em.createQuery("select r from RecordsRequest r order by case when r.status = :open then 0 else 1 end,"
                        + " r.dueOn, r.receivedOn desc", RecordsRequest.class)
                .setParameter("open", RecordsRequest.Status.OPEN).setMaxResults(max).getResultList();
    }
}
