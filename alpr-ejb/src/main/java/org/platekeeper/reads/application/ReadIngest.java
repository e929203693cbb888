package org.platekeeper.reads.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.platekeeper.audit.domain.AuditOutcome;
import org.platekeeper.audit.domain.AuditableAction;
import org.platekeeper.cameras.application.CameraAuthentication;
import org.platekeeper.cameras.domain.Camera;
import org.platekeeper.cameras.domain.CameraRepository;
import org.platekeeper.cameras.domain.CameraType;
import org.platekeeper.policy.domain.PolicyProfile;
import org.platekeeper.reads.domain.Jurisdiction;
import org.platekeeper.reads.domain.PlateNumber;
import org.platekeeper.reads.domain.PlateRead;
import org.platekeeper.reads.domain.ReadImage;
import org.platekeeper.reads.domain.ReadStore;
import org.platekeeper.reads.domain.StoredRead;
import org.platekeeper.shared.application.InvalidRequestException;
import org.platekeeper.shared.domain.Role;

/**
 * Takes reads from a registered camera and stores them (PC-A1). A batch is all-or-nothing: every read is checked
 * before any is stored, and one bad read refuses the batch with a message naming it. A batch given as an
 * {@code ArrayList} is emptied as its reads are converted, so a large one is in memory once, not twice.
 */
@Stateless
@RolesAllowed(Role.Names.CAMERA)
public class ReadIngest {

    @Inject
    ReadStore store;

    @Inject
    ReadPartitions partitions;

    @Inject
    CameraRepository cameras;

    @Inject
    PolicyProfile policy;

    @Inject
    Event<AuditableAction> audit;

    @Inject
    Event<ReadsCaptured> captured;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "ALPR_MAX_IMAGE_BYTES", defaultValue = "2097152")
    int maxImageBytes;

    /** Reads in one request; a batch is checked whole before any of it is stored. */
    @Inject
    @ConfigProperty(name = "ALPR_INGEST_MAX_BATCH", defaultValue = "1000")
    int maxBatch;

    @Inject
    @ConfigProperty(name = "ALPR_INGEST_MAX_CLOCK_SKEW_SECONDS", defaultValue = "300")
    long maxClockSkewSeconds;

    @Resource
    SessionContext session;

    public IngestReceipt ingest(List<CapturedRead> batch) {
        if (batch == null || batch.isEmpty()) {
            throw new InvalidRequestException("no reads were sent");
        }
        if (batch.size() > maxBatch) {
            throw new InvalidRequestException("a batch holds at most " + maxBatch + " reads; this one has "
                    + batch.size());
        }
        Camera camera = sendingCamera();
        Instant now = Instant.now(clock);
        List<PlateRead> reads = new ArrayList<>(batch.size());
        List<IngestReceipt.DroppedImage> dropped = new ArrayList<>();
        int size = batch.size();
        for (int i = 0; i < size; i++) {
            reads.add(toRead(batch.get(i), camera, now, i, size == 1 ? "" : "read " + i + ": ", dropped));
            if (batch instanceof ArrayList<CapturedRead> consumable) {
                consumable.set(i, null); // its base64 images are decoded now: let them go before the next is read
            }
        }
        if (!dropped.isEmpty()) {
            camera.recordDroppedImages(dropped.size());
        }
        Set<LocalDate> days = new TreeSet<>();
        reads.forEach(r -> days.add(LocalDate.ofInstant(r.capturedAt(), ZoneOffset.UTC)));
        partitions.prepare(days);

        List<StoredRead> stored = store.store(reads);
        long duplicates = stored.stream().filter(StoredRead::duplicate).count();
        List<ReadsCaptured.Captured> fresh = new ArrayList<>(reads.size());
        for (int i = 0; i < reads.size(); i++) {
            if (!stored.get(i).duplicate()) {
                PlateRead r = reads.get(i);
                fresh.add(new ReadsCaptured.Captured(r.id(), r.cameraId(), r.plate().normalised(), r.state(),
                        r.capturedAt(), r.latitude(), r.longitude()));
            }
        }
        if (!fresh.isEmpty()) {
            captured.fire(new ReadsCaptured(fresh));
        }
        audit.fire(AuditableAction.of("READS_RECEIVED", "camera", camera.id() + " (" + camera.name() + ")",
                AuditOutcome.SUCCESS, stored.size() + " reads, " + duplicates + " already stored"
                        + (dropped.isEmpty() ? "" : ", " + dropped.size() + " damaged images dropped"))
                .by(CameraAuthentication.PRINCIPAL_PREFIX + camera.id()));
        return new IngestReceipt(stored.stream().map(StoredRead::id).toList(), (int) duplicates, List.copyOf(dropped));
    }

    private Camera sendingCamera() {
        UUID id = CameraAuthentication.cameraId(session.getCallerPrincipal().getName())
                .orElseThrow(() -> new InvalidRequestException("reads are sent by cameras, with their token"));
        return cameras.find(id).filter(Camera::acceptsReads)
                .orElseThrow(() -> new InvalidRequestException("this camera may not send reads"));
    }

    private PlateRead toRead(CapturedRead in, Camera camera, Instant now, int index, String item,
                             List<IngestReceipt.DroppedImage> dropped) {
        if (in == null) {
            throw new InvalidRequestException(item + "a read is null");
        }
        if (in.capturedAt() == null) {
            throw new InvalidRequestException(item + "capturedAt is required (ISO-8601 with an offset)");
        }
        Instant capturedAt = in.capturedAt().toInstant();
        if (capturedAt.isAfter(now.plusSeconds(maxClockSkewSeconds))) {
            throw new InvalidRequestException(item + "capturedAt " + in.capturedAt() + " is in the future; check "
                    + "the camera's clock");
        }
        if (capturedAt.isBefore(policy.readRetentionPeriod().cutoff(LocalDate.ofInstant(now, policy.timeZone())))) {
            throw new InvalidRequestException(item + "capturedAt " + in.capturedAt() + " is older than the "
                    + policy.readRetentionDays() + "-day retention period; it would have been purged already");
        }
        Double latitude = in.latitude();
        Double longitude = in.longitude();
        if (latitude == null && longitude == null && camera.type() != CameraType.MOBILE) {
            latitude = camera.latitude(); // a fixed or deployed camera reads where it stands
            longitude = camera.longitude();
        }
        if (latitude == null && camera.type() == CameraType.MOBILE) {
            throw new InvalidRequestException(item + "a mobile camera must send latitude and longitude");
        }
        List<ReadImage> images = new ArrayList<>(2);
        image(in.plateImage(), ReadImage.Kind.PLATE, index, dropped).ifPresent(images::add);
        image(in.vehicleImage(), ReadImage.Kind.VEHICLE, index, dropped).ifPresent(images::add);
        CapturedRead.Vehicle v = in.vehicle();
        try {
            List<String> candidates = in.candidates() == null ? List.of()
                    : in.candidates().stream().map(c -> PlateNumber.of(c).normalised()).limit(10).toList();
            return PlateRead.capture(camera.id(), PlateNumber.of(in.plate()), Jurisdiction.normalise(in.state()),
                    capturedAt, now, latitude, longitude, in.confidence(), candidates,
                    v == null ? null : new PlateRead.VehicleDescription(text(v.make()), text(v.colour()),
                            text(v.bodyType())), images);
        } catch (IllegalArgumentException invalid) {
            throw new InvalidRequestException(item + invalid.getMessage());
        }
    }

    /**
     * The image, or none when it cannot be kept: damaged (as agents send truncated JPEGs), not a JPEG, not base64,
     * or too large. The read it came with is stored and matched all the same (PC-A1: a hit is never lost for its
     * picture), and the answer and the camera's count say what was dropped.
     */
    private java.util.Optional<ReadImage> image(String base64, ReadImage.Kind kind, int index,
                                                List<IngestReceipt.DroppedImage> dropped) {
        if (base64 == null || base64.isBlank()) {
            return java.util.Optional.empty();
        }
        String field = kind == ReadImage.Kind.PLATE ? "plateImage" : "vehicleImage";
        String problem = null;
        byte[] bytes = null;
        if (base64.length() / 4L * 3 > maxImageBytes + 3L) {
            problem = "larger than " + maxImageBytes + " bytes";
        } else {
            try {
                bytes = Base64.getDecoder().decode(withoutWhitespace(base64));
                if (bytes.length > maxImageBytes) {
                    problem = "larger than " + maxImageBytes + " bytes";
                } else if (!ReadImage.looksLikeJpeg(bytes)) {
                    problem = "not a whole JPEG image (damaged, cut short or another format)";
                }
            } catch (IllegalArgumentException notBase64) {
                problem = "not valid base64";
            }
        }
        if (problem != null) {
            dropped.add(new IngestReceipt.DroppedImage(index, field, problem));
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new ReadImage(kind, bytes));
    }

    /**
     * Base64 as cameras send it, without the line breaks some of them wrap it in. A plain scan: a regular expression
     * over every image was a fifth of the server's time under ingest.
     */
    static String withoutWhitespace(String base64) {
        int first = 0;
        while (first < base64.length() && !Character.isWhitespace(base64.charAt(first))) {
            first++;
        }
        if (first == base64.length()) {
            return base64;
        }
        StringBuilder kept = new StringBuilder(base64.length()).append(base64, 0, first);
        for (int i = first; i < base64.length(); i++) {
            char c = base64.charAt(i);
            if (!Character.isWhitespace(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    private static String text(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.length() > 40 ? trimmed.substring(0, 40) : trimmed;
    }
}
