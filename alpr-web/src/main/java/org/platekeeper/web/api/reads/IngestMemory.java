package org.platekeeper.web.api.reads;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.platekeeper.web.api.shared.ApiError;

/**
 * Bounds the memory that ingest bodies take all together: a batch is checked whole before any of it is stored, so
 * its reads and images are in memory at once (about the body's size: it is parsed as a stream, and each read's
 * base64 is let go once decoded). Each body holds its length
 * (the largest allowed when it does not declare one) out of {@code ALPR_INGEST_MAX_INFLIGHT_BYTES} while it is
 * read and stored; one that does not get its share within a few seconds is answered 503 with {@code Retry-After},
 * as cameras queue and send again. So many cameras sending large batches at once slow down, and the server's heap
 * is never the limit.
 */
@ApplicationScoped
public class IngestMemory {

    private static final long WAIT_SECONDS = 5;
    private static final int RETRY_AFTER_SECONDS = 2;

    @Inject
    @ConfigProperty(name = "ALPR_INGEST_MAX_INFLIGHT_BYTES", defaultValue = "67108864")
    long maxInFlightBytes;

    @Inject
    @ConfigProperty(name = "ALPR_INGEST_MAX_BODY_BYTES", defaultValue = "67108864")
    long maxBodyBytes;

    private Semaphore kibibytes;
    private int totalKibibytes;

    /** Held while a body is read and stored; closing gives its share back. */
    public interface Share extends AutoCloseable {
        @Override
        void close();
    }

    @PostConstruct
    void start() {
        // never less than one body of the largest size, or such a body could never be taken
        totalKibibytes = (int) Math.min(Integer.MAX_VALUE, Math.max(maxInFlightBytes, maxBodyBytes) / 1024 + 1);
        kibibytes = new Semaphore(totalKibibytes, true);
    }

    /** A share for a body of this declared length (negative when unknown); 503 when none is free in time. */
    public Share admit(long declaredLength) {
        long bytes = declaredLength < 0 ? maxBodyBytes : Math.min(declaredLength, maxBodyBytes);
        int wanted = (int) Math.min(totalKibibytes, bytes / 1024 + 1);
        try {
            if (!kibibytes.tryAcquire(wanted, WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new WebApplicationException(Response.fromResponse(ApiError.response(
                        Response.Status.SERVICE_UNAVAILABLE, "ingest_busy", "the server is storing as many batches "
                                + "as it holds in memory at once; send this one again shortly"))
                        .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build());
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to take a batch", stopping);
        }
        return () -> kibibytes.release(wanted);
    }
}
