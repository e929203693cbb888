package org.platekeeper.access.infrastructure;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.platekeeper.access.domain.ApiToken;
import org.platekeeper.access.domain.ApiTokenRepository;
import org.platekeeper.access.domain.UserAccount;

@ApplicationScoped
public class JpaApiTokenRepository implements ApiTokenRepository {

    @PersistenceContext(unitName = "platekeeper")
    EntityManager em;

    @Override
    public Optional<ApiToken> byHash(String tokenHash) {
        return em.createQuery("select t from ApiToken t join fetch t.owner where t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", tokenHash)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<ApiToken> find(UUID id) {
        return Optional.ofNullable(em.find(ApiToken.class, id));
    }

    @Override
    public List<ApiToken> of(UserAccount owner) {
        return em.createQuery("select t from ApiToken t where t.owner = :owner order by t.createdAt desc",
                        ApiToken.class)
                .setParameter("owner", owner)
                .getResultList();
    }

    @Override
    public void add(ApiToken token) {
        em.persist(token);
    }
}
