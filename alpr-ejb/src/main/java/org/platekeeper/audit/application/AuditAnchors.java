package org.platekeeper.audit.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.platekeeper.audit.domain.AuditAnchor;
import org.platekeeper.audit.domain.AuditEvent;
import org.platekeeper.audit.domain.AuditEventRepository;
import org.platekeeper.policy.domain.PolicyProfile;
import org.platekeeper.shared.application.InvalidRequestException;

/**
 * The daily heads of the audit chain, published on the transparency page (OD-T1, OD-X2). Whoever saves one can later
 * ask whether the event it names still has the hash they saved: a rewrite that keeps the chain verifying (every hash
 * after the changed event recomputed) changes it; a rewrite that does not is caught by the auditor's verification.
 * Open to anyone: an anchor is a number, a time and a hash.
 */
@Stateless
@PermitAll
public class AuditAnchors {

    public static final int MAX_DAYS = 366;

    @Inject
    AuditEventRepository events;

    @Inject
    PolicyProfile policy;

    @Inject
    Clock clock;

    /** The anchor of each of the last {@code days} days, today's (so far) last. */
    public List<AuditAnchor> lastDays(int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidRequestException("days must be between 1 and " + MAX_DAYS);
        }
        LocalDate today = policy.today(clock);
        return events.dailyAnchors(today.minusDays(days - 1L), today, policy.timeZone());
    }

    /** Whether the event a saved anchor names still has the saved hash. */
    public AnchorCheck check(long sequence, String savedHash) {
        if (savedHash == null || !savedHash.strip().matches("[0-9a-fA-F]{64}")) {
            throw new InvalidRequestException("hash must be the 64 hexadecimal digits of the saved anchor");
        }
        String saved = savedHash.strip().toLowerCase(Locale.ROOT);
        List<AuditEvent> found = events.between(sequence - 1, sequence, 1);
        if (found.isEmpty()) {
            return new AnchorCheck(sequence, saved, null, false, "no event " + sequence
                    + " in the trail: it is past the audit retention, or was removed");
        }
        String current = found.get(0).hash();
        boolean matches = current.equals(saved);
        return new AnchorCheck(sequence, saved, current, matches, matches
                ? "the trail through event " + sequence + " is the one the anchor was taken from"
                : "EVENT " + sequence + " NO LONGER HAS THE SAVED HASH: the trail up to it has been rewritten");
    }

    /**
     * @param currentHash the hash the trail holds for the event now, or null when it holds no such event
     */
    public record AnchorCheck(long sequence, String savedHash, String currentHash, boolean matches,
                              String verdict) {
    }
}
