package org.platekeeper.cameras.infrastructure;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.platekeeper.cameras.domain.Camera;
import org.platekeeper.cameras.domain.CameraDeployment;
import org.platekeeper.cameras.domain.CameraRepository;

@ApplicationScoped
public class JpaCameraRepository implements CameraRepository {

    @PersistenceContext(unitName = "platekeeper")
    EntityManager em;

    @Override
    public Optional<Camera> find(UUID id) {
        return Optional.ofNullable(em.find(Camera.class, id));
    }

    @Override
    public Optional<Camera> findByTokenHash(String tokenHash) {
        return em.createQuery("select c from Camera c where c.tokenHash = :hash", Camera.class)
                .setParameter("hash", tokenHash).getResultStream().findFirst();
    }

    @Override
    public boolean nameTaken(String name) {
        return em.createQuery("select count(c) from Camera c where lower(c.name) = lower(:name)", Long.class)
                .setParameter("name", name.trim()).getSingleResult() > 0;
    }

    @Override
    public List<Camera> all() {
        return em.createQuery("select c from Camera c order by c.name", Camera.class).getResultList();
    }

    @Override
    public void add(Camera camera) {
        em.persist(camera);
    }

    @Override
    public void add(CameraDeployment deployment) {
        em.persist(deployment);
    }

    @Override
    public List<CameraDeployment> deployments(UUID cameraId) {
        return em.createQuery("select d from CameraDeployment d where d.cameraId = :camera order by d.deployedAt",
                CameraDeployment.class).setParameter("camera", cameraId).getResultList();
    }
}
