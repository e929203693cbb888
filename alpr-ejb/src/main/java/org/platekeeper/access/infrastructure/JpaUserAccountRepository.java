package org.platekeeper.access.infrastructure;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.platekeeper.access.domain.UserAccount;
import org.platekeeper.access.domain.UserAccountRepository;

@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

    @PersistenceContext(unitName = "platekeeper")
    EntityManager em;

    @Override
    public Optional<UserAccount> find(String username) {
        return em.createQuery("select u from UserAccount u where u.username = :name", UserAccount.class)
                .setParameter("name", username)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<UserAccount> findForUpdate(String username) {
        return em.createQuery("select u from UserAccount u where u.username = :name", UserAccount.class)
                .setParameter("name", username)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public List<UserAccount> all() {
        return em.createQuery("select u from UserAccount u order by u.username", UserAccount.class).getResultList();
    }

    @Override
    public boolean exists(String username) {
        return em.createQuery("select count(u) from UserAccount u where u.username = :name", Long.class)
                .setParameter("name", username).getSingleResult() > 0;
    }

    @Override
    public void add(UserAccount account) {
        em.persist(account);
    }
}
