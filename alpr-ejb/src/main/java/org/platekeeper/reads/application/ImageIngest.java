package org.platekeeper.reads.application;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.platekeeper.reads.domain.ReadImage;
import org.platekeeper.recognition.PictureTooLargeException;
import org.platekeeper.recognition.PlateCandidate;
import org.platekeeper.recognition.Recognition;
import org.platekeeper.shared.application.ContentTooLargeException;
import org.platekeeper.shared.application.UnsupportedContentException;
import org.platekeeper.shared.domain.Role;

/**
 * Reads from cameras without their own recognition: the server reads the plate in the JPEG, stores the read with
 * the plate cut out of the picture and the picture itself, exactly as if the camera had sent them. A picture in
 * which no plate is found stores nothing and says so.
 */
@Stateless
@RolesAllowed(Role.Names.CAMERA)
public class ImageIngest {

    @Inject
    ReadIngest ingest;

    @Inject
    Recognizer recognizer;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "ALPR_MAX_IMAGE_BYTES", defaultValue = "2097152")
    int maxImageBytes;

    /** What the camera says about the picture; each optional. */
    public record Metadata(String state, OffsetDateTime capturedAt, Double latitude, Double longitude) {
    }

    /** The reads stored (none when no plate was found) and what the recogniser saw. */
    public record Result(IngestReceipt receipt, List<String> plates, long millis) {
    }

    public Result ingest(byte[] jpeg, Metadata metadata) {
        if (jpeg == null || jpeg.length == 0) {
            throw new UnsupportedContentException("send the picture as a JPEG");
        }
        if (jpeg.length > maxImageBytes) {
            throw new ContentTooLargeException("the picture is larger than " + maxImageBytes + " bytes");
        }
        if (!ReadImage.looksLikeJpeg(jpeg)) {
            throw new UnsupportedContentException("the picture is not a JPEG image");
        }
        Recognition recognition;
        try {
            recognition = recognizer.get().recognizeWithPlateImage(jpeg);
        } catch (PictureTooLargeException tooLarge) {
            throw new ContentTooLargeException(tooLarge.getMessage());
        } catch (IllegalArgumentException unreadable) {
            throw new UnsupportedContentException("the picture could not be decoded as a JPEG image");
        }
        if (!recognition.found()) {
            return new Result(new IngestReceipt(List.of(), 0), List.of(), recognition.millis());
        }
        PlateCandidate best = recognition.candidates().get(0);
        List<String> others = recognition.candidates().stream().map(PlateCandidate::plate).distinct().toList();
        OffsetDateTime at = metadata.capturedAt() != null ? metadata.capturedAt()
                : OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
        // the camera's word for the state wins; otherwise the state printed on the plate, when it could be read
        String state = metadata.state() != null ? metadata.state() : best.state();
        // the plate picture kept is the plate warped upright by its corners, as if seen from the front
        byte[] plate = recognition.plateImage();
        CapturedRead read = new CapturedRead(best.plate(), state, at, metadata.latitude(),
                metadata.longitude(), (float) best.confidence(), others, base64(plate), base64(jpeg), null);
        return new Result(ingest.ingest(List.of(read)), others, recognition.millis());
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
