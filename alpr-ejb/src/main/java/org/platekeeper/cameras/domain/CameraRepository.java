package org.platekeeper.cameras.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Registered cameras and their deployment history. */
public interface CameraRepository {

    Optional<Camera> find(UUID id);

    Optional<Camera> findByTokenHash(String tokenHash);

    boolean nameTaken(String name);

    List<Camera> all();

    void add(Camera camera);

    void add(CameraDeployment deployment);

    List<CameraDeployment> deployments(UUID cameraId);
}
