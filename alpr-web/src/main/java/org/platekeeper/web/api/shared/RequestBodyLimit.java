package org.platekeeper.web.api.shared;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses request bodies above {@code ALPR_API_MAX_BODY_BYTES} with 413 before they are read into memory: by the
 * declared length when there is one, and by counting when the body is chunked.
 */
@Provider
@PreMatching
public class RequestBodyLimit implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "ALPR_API_MAX_BODY_BYTES", defaultValue = "262144")
    long apiMaxBytes;

    /** Ingest batches carry images: up to 1000 reads, each with its plate crop. */
    @Inject
    @ConfigProperty(name = "ALPR_INGEST_MAX_BODY_BYTES", defaultValue = "67108864")
    long ingestMaxBytes;

    /** Hot-list files of a million lines; the import spools them to disk, never to memory. */
    @Inject
    @ConfigProperty(name = "ALPR_HOTLIST_IMPORT_MAX_BYTES", defaultValue = "268435456")
    long importMaxBytes;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        path = path.startsWith("/") ? path : "/" + path;
        long maxBytes = path.startsWith("/v1/reads") ? ingestMaxBytes
                : path.startsWith("/v1/hotlists/") && path.endsWith("/imports") ? importMaxBytes : apiMaxBytes;
        if (request.getLength() > maxBytes) {
            request.abortWith(tooLarge(maxBytes));
            return;
        }
        request.setEntityStream(new LimitedStream(request.getEntityStream(), maxBytes));
    }

    static Response tooLarge(long maxBytes) {
        return ApiError.response(Response.Status.REQUEST_ENTITY_TOO_LARGE, "payload_too_large",
                "the request body is larger than " + maxBytes + " bytes");
    }

    /** Thrown by the counting stream; mapped to 413 wherever the reader wraps it. */
    public static final class TooLarge extends WebApplicationException {
        TooLarge(long maxBytes) {
            super(tooLarge(maxBytes));
        }
    }

    private static final class LimitedStream extends FilterInputStream {
        private final long max;
        private long read;

        LimitedStream(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > max) {
                throw new TooLarge(max);
            }
        }
    }
}
