package org.platekeeper.reads.application;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.platekeeper.audit.domain.AuditOutcome;
import org.platekeeper.audit.domain.AuditableAction;
import org.platekeeper.recognition.PictureTooLargeException;
import org.platekeeper.recognition.PlateCandidate;
import org.platekeeper.recognition.Recognition;
import org.platekeeper.shared.application.ContentTooLargeException;
import org.platekeeper.shared.application.UnsupportedContentException;
import org.platekeeper.shared.domain.Role;

/**
 * An administrator setting up a camera tries the recogniser on one of its pictures: what it reads, where, how sure
 * and how fast. Nothing is stored but the audit event, which names the plates read: the picture is plate data.
 */
@Stateless
@RolesAllowed(Role.Names.ADMINISTRATOR)
public class RecognitionTrial {

    @Inject
    Recognizer recognizer;

    @Inject
    Event<AuditableAction> audit;

    @Inject
    @ConfigProperty(name = "ALPR_MAX_IMAGE_BYTES", defaultValue = "2097152")
    int maxImageBytes;

    /** One plate found, with its box in the picture's pixels. */
    public record Found(String plate, double confidence, String state, int x, int y, int width, int height) {

        static Found of(PlateCandidate candidate) {
            PlateCandidate.Box box = candidate.box();
            return new Found(candidate.plate(), candidate.confidence(), candidate.state(), box.x(), box.y(),
                    box.width(), box.height());
        }
    }

    /** A region the plate locator proposed (read as a plate or not), with how likely it found a plate there, 0 to 1. */
    public record Proposed(double likelihood, int x, int y, int width, int height) {

        static Proposed of(Recognition.Proposal proposal) {
            PlateCandidate.Box box = proposal.box();
            return new Proposed(proposal.likelihood(), box.x(), box.y(), box.width(), box.height());
        }

        /** The likelihood as a whole percentage, for the page. */
        public long percent() {
            return Math.round(likelihood * 100);
        }
    }

    /** The plates found, best first, the regions the locator proposed, strongest first, and the recogniser's time. */
    public record Result(List<Found> plates, List<Proposed> proposals, long millis) {
    }

    /**
     * @param picture  a JPEG or PNG
     * @param fileName what the administrator called it, for the audit trail
     */
    public Result read(byte[] picture, String fileName) {
        if (picture == null || picture.length == 0) {
            throw new UnsupportedContentException("choose a JPEG or PNG picture");
        }
        if (picture.length > maxImageBytes) {
            throw new ContentTooLargeException("the picture is larger than " + maxImageBytes + " bytes");
        }
        Recognition recognition;
        try {
            recognition = recognizer.get().recognize(picture);
        } catch (PictureTooLargeException tooLarge) {
            throw new ContentTooLargeException(tooLarge.getMessage());
        } catch (IllegalArgumentException unreadable) {
            throw new UnsupportedContentException("the file is not a JPEG or PNG picture");
        }
        List<Found> plates = recognition.candidates().stream().map(Found::of).toList();
        audit.fire(AuditableAction.of("RECOGNITION_TRIED", "picture", fileName == null ? "unnamed" : fileName,
                AuditOutcome.SUCCESS, plates.isEmpty() ? "no plate found"
                        : "read " + plates.stream().map(Found::plate).collect(Collectors.joining(", "))));
        return new Result(plates, recognition.proposals().stream().map(Proposed::of).toList(), recognition.millis());
    }
}
