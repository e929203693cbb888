package org.platekeeper.hotlists.infrastructure;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.platekeeper.hotlists.domain.EntryHistory;
import org.platekeeper.hotlists.domain.EntryStatus;
import org.platekeeper.hotlists.domain.HotList;
import org.platekeeper.hotlists.domain.HotListEntry;
import org.platekeeper.hotlists.domain.HotListImport;
import org.platekeeper.hotlists.domain.HotListRepository;

@ApplicationScoped
public class JpaHotListRepository implements HotListRepository {

    @PersistenceContext(unitName = "platekeeper")
    EntityManager em;

    @Override
    public List<HotList> lists() {
        return em.createQuery("select l from HotList l order by l.name", HotList.class).getResultList();
    }

    @Override
    public Optional<HotList> find(UUID id) {
        return Optional.ofNullable(em.find(HotList.class, id));
    }

    @Override
    public boolean nameTaken(String name) {
        return em.createQuery("select count(l) from HotList l where lower(l.name) = lower(:name)", Long.class)
                .setParameter("name", name.strip()).getSingleResult() > 0;
    }

    @Override
    public void add(HotList list) {
        em.persist(list);
    }

    @Override
    public void add(HotListEntry entry) {
        em.persist(entry);
        em.flush();
    }

    @Override
    public void add(EntryHistory step) {
        em.persist(step);
    }

    @Override
    public void add(HotListImport started) {
        em.persist(started);
    }

    @Override
    public Optional<HotListEntry> entry(long id) {
        return Optional.ofNullable(em.find(HotListEntry.class, id));
    }

    @Override
    public List<HotListEntry> activeEntries(HotList list, String platePrefix, int limit) {
        return em.createQuery("select e from HotListEntry e where e.listId = :list and e.generation = :generation"
                        + " and e.status = :active and e.plate like :prefix order by e.plate", HotListEntry.class)
                .setParameter("list", list.id()).setParameter("generation", list.activeGeneration())
                .setParameter("active", EntryStatus.ACTIVE)
                .setParameter("prefix", (platePrefix == null ? "" : platePrefix) + "%")
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<HotListEntry> customEntries(EntryStatus status, int limit) {
        return em.createQuery("select e from HotListEntry e where e.listId = :custom and e.status = :status"
                        + " order by e.requestedAt desc", HotListEntry.class)
                .setParameter("custom", HotList.CUSTOM_ENTRIES).setParameter("status", status)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<HotListEntry> customEntriesRequestedBy(String username, int limit) {
        return em.createQuery("select e from HotListEntry e where e.listId = :custom and e.requestedBy = :user"
                        + " order by e.requestedAt desc", HotListEntry.class)
                .setParameter("custom", HotList.CUSTOM_ENTRIES).setParameter("user", username)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<HotListEntry> reviewDueBy(LocalDate day) {
        return em.createQuery("select e from HotListEntry e where e.listId = :custom and e.status = :active"
                        + " and e.reviewDue <= :day order by e.reviewDue", HotListEntry.class)
                .setParameter("custom", HotList.CUSTOM_ENTRIES).setParameter("active", EntryStatus.ACTIVE)
                .setParameter("day", day).getResultList();
    }

    @Override
    public List<HotListEntry> lapsedBefore(LocalDate day) {
        return em.createQuery("select e from HotListEntry e where e.listId = :custom and e.status = :active"
                        + " and (e.reviewDue < :day or e.expiresOn < :day)", HotListEntry.class)
                .setParameter("custom", HotList.CUSTOM_ENTRIES).setParameter("active", EntryStatus.ACTIVE)
                .setParameter("day", day).getResultList();
    }

    @Override
    public int countActiveCustom() {
        return em.createQuery("select count(e) from HotListEntry e where e.listId = :custom"
                        + " and e.status = :active", Long.class)
                .setParameter("custom", HotList.CUSTOM_ENTRIES).setParameter("active", EntryStatus.ACTIVE)
                .getSingleResult().intValue();
    }

    @Override
    public List<EntryHistory> history(long entryId) {
        return em.createQuery("select h from EntryHistory h where h.entryId = :entry order by h.at, h.id",
                EntryHistory.class).setParameter("entry", entryId).getResultList();
    }

    @Override
    public Optional<HotListImport> findImport(UUID id) {
        return Optional.ofNullable(em.find(HotListImport.class, id));
    }

    @Override
    public List<HotListImport> imports(UUID listId, int limit) {
        return em.createQuery("select i from HotListImport i where i.listId = :list order by i.startedAt desc",
                HotListImport.class).setParameter("list", listId).setMaxResults(limit).getResultList();
    }

    @Override
    public List<HotListImport> runningOn(String server) {
        return em.createQuery("select i from HotListImport i where i.status = :running"
                        + " and (i.server = :server or i.server is null)", HotListImport.class)
                .setParameter("running", HotListImport.Status.RUNNING).setParameter("server", server)
                .getResultList();
    }
}
