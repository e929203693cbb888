package org.platekeeper.sharing.infrastructure;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.hibernate.LockOptions;

import org.platekeeper.sharing.domain.Dissemination;
import org.platekeeper.sharing.domain.DisseminationKind;
import org.platekeeper.sharing.domain.DisseminationFilter;
import org.platekeeper.sharing.domain.FederatedInstallation;
import org.platekeeper.sharing.domain.LegalRelease;
import org.platekeeper.sharing.domain.MonthlySharing;
import org.platekeeper.sharing.domain.PartnerDelivery;
import org.platekeeper.sharing.domain.Ori;
import org.platekeeper.sharing.domain.PartnerAgency;
import org.platekeeper.sharing.domain.SharingAgreement;
import org.platekeeper.sharing.domain.SharingRepository;

@ApplicationScoped
public class JpaSharingRepository implements SharingRepository {

    @PersistenceContext(unitName = "platekeeper")
    EntityManager em;

    @Override
    public void add(PartnerAgency partner) {
        em.persist(partner);
    }

    @Override
    public Optional<PartnerAgency> partner(UUID id) {
        return Optional.ofNullable(em.find(PartnerAgency.class, id));
    }

    @Override
    public boolean oriTaken(Ori ori) {
        return em.createQuery("select count(p) from PartnerAgency p where p.ori = :ori", Long.class)
                .setParameter("ori", ori.value()).getSingleResult() > 0;
    }

    @Override
    public List<PartnerAgency> partners() {
        return em.createQuery("select p from PartnerAgency p order by p.name", PartnerAgency.class).getResultList();
    }

    @Override
    public void add(SharingAgreement agreement) {
        em.persist(agreement);
    }

    @Override
    public Optional<SharingAgreement> agreement(UUID id) {
        return Optional.ofNullable(em.find(SharingAgreement.class, id));
    }

    @Override
    public Optional<SharingAgreement> agreementByTokenHash(String tokenHash) {
        return em.createQuery("select a from SharingAgreement a join fetch a.partner where a.tokenHash = :hash",
                SharingAgreement.class).setParameter("hash", tokenHash).getResultStream().findFirst();
    }

    @Override
    public List<SharingAgreement> agreements() {
        return em.createQuery("select a from SharingAgreement a join fetch a.partner order by a.createdAt desc",
                SharingAgreement.class).getResultList();
    }

    @Override
    public void add(Dissemination dissemination) {
        em.persist(dissemination);
    }

    @Override
    public long queriesSince(UUID agreementId, Instant since) {
        return em.createQuery("select count(d) from Dissemination d where d.agreementId = :agreement"
                        + " and d.kind = :kind and d.at >= :since", Long.class)
                .setParameter("agreement", agreementId).setParameter("kind", DisseminationKind.QUERY)
                .setParameter("since", since).getSingleResult();
    }

    @Override
    public List<Dissemination> disseminations(DisseminationFilter filter, int max) {
        List<String> where = new ArrayList<>();
        if (filter.partnerId() != null) {
            where.add("d.partnerId = :partner");
        }
        if (filter.kind() != null) {
            where.add("d.kind = :kind");
        }
        if (filter.outcome() != null) {
            where.add("d.outcome = :outcome");
        }
        if (filter.from() != null) {
            where.add("d.at >= :from");
        }
        if (filter.to() != null) {
            where.add("d.at < :to");
        }
        TypedQuery<Dissemination> query = em.createQuery("select d from Dissemination d"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + " order by d.at desc",
                Dissemination.class);
        if (filter.partnerId() != null) {
            query.setParameter("partner", filter.partnerId());
        }
        if (filter.kind() != null) {
            query.setParameter("kind", filter.kind());
        }
        if (filter.outcome() != null) {
            query.setParameter("outcome", filter.outcome());
        }
        if (filter.from() != null) {
            query.setParameter("from", filter.from());
        }
        if (filter.to() != null) {
            query.setParameter("to", filter.to());
        }
        return query.setMaxResults(max).getResultList();
    }

    @Override
    public Optional<SharingAgreement> agreementOfHotList(UUID hotListId) {
        return em.createQuery("select a from SharingAgreement a join fetch a.partner where a.hotListId = :list",
                SharingAgreement.class).setParameter("list", hotListId).getResultStream().findFirst();
    }

    @Override
    public void add(PartnerDelivery delivery) {
        em.persist(delivery);
    }

    @Override
    public Optional<PartnerDelivery> lockDelivery(UUID id) {
        // SKIP LOCKED: a delivery another server is sending right now is left to it
        return em.createQuery("select d from PartnerDelivery d where d.id = :id", PartnerDelivery.class)
                .setParameter("id", id).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", LockOptions.SKIP_LOCKED).getResultStream().findFirst();
    }

    @Override
    public List<UUID> dueDeliveries(Instant by, int max) {
        return em.createQuery("select d.id from PartnerDelivery d where d.status = :pending and d.nextAttemptAt <= :by"
                        + " order by d.nextAttemptAt", UUID.class)
                .setParameter("pending", PartnerDelivery.Status.PENDING).setParameter("by", by).setMaxResults(max)
                .getResultList();
    }

    @Override
    public void add(FederatedInstallation installation) {
        em.persist(installation);
    }

    @Override
    public Optional<FederatedInstallation> installation(UUID id) {
        return Optional.ofNullable(em.find(FederatedInstallation.class, id));
    }

    @Override
    public List<FederatedInstallation> installations() {
        return em.createQuery("select f from FederatedInstallation f order by f.name", FederatedInstallation.class)
                .getResultList();
    }

    @Override
    public void add(LegalRelease release) {
        em.persist(release);
    }

    @Override
    public Optional<LegalRelease> release(UUID id) {
        return Optional.ofNullable(em.find(LegalRelease.class, id));
    }

    @Override
    public List<LegalRelease> releases() {
        return em.createQuery("select r from LegalRelease r order by r.requestedAt desc", LegalRelease.class)
                .getResultList();
    }

    @Override
    public List<MonthlySharing> monthlySummary(ZoneId zone) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select partner_id, partner_name, to_char(at at time zone :zone, 'YYYY-MM') as month,
                       count(*) filter (where kind = 'QUERY'),
                       count(*) filter (where kind = 'QUERY' and outcome = 'DISCLOSED'),
                       count(*) filter (where outcome = 'REFUSED'),
                       count(*) filter (where kind = 'ALERT_PUSH' and outcome = 'DISCLOSED'),
                       count(*) filter (where kind = 'RELEASE' and outcome = 'DISCLOSED')
                  from dissemination
                 group by partner_id, partner_name, month
                 order by month desc, partner_name""").setParameter("zone", zone.getId()).getResultList();
        return rows.stream().map(r -> new MonthlySharing((UUID) r[0], (String) r[1], (String) r[2],
                ((Number) r[3]).longValue(), ((Number) r[4]).longValue(), ((Number) r[5]).longValue(),
                ((Number) r[6]).longValue(), ((Number) r[7]).longValue())).toList();
    }
}
