package org.platekeeper.cameras.application;

/**
 * A camera together with a freshly issued ingest token. This is the only time the token is shown: only its hash
 * is kept.
 */
public record CameraWithToken(CameraView camera, String token) {

    @Override
    public String toString() {
        return "CameraWithToken[" + camera.name() + "]";
    }
}
