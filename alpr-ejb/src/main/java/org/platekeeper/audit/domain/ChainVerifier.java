package org.platekeeper.audit.domain;

/**
 * Walks the stored events in sequence order and reports the first broken link: an event whose content no longer
 * matches its hash (modified), a gap in the sequence (deleted), an event that does not link to its predecessor
 * (reordered or inserted), an event not sealed by the chain key (rewritten by whoever held only the database), or a
 * trail that ends before the head (cut off at the end).
 */
public class ChainVerifier {

    private final AuditChainHead head;
    private final ChainKeyring keyring;
    private long expectedSequence;
    private String expectedPreviousHash;
    private long checked;
    private Long brokenAt;
    private String problem;

    public ChainVerifier(AuditChainHead head, ChainKeyring keyring) {
        this.head = head;
        this.keyring = keyring;
        this.expectedSequence = head.anchorSequence() + 1;
        this.expectedPreviousHash = head.anchorHash();
    }

    /** Checks the next stored event; returns false once the chain is broken (later events prove nothing). */
    public boolean accept(AuditEvent event) {
        if (brokenAt != null) {
            return false;
        }
        if (event.sequence() != expectedSequence) {
            return broken(expectedSequence, event.sequence() > expectedSequence
                    ? "event(s) " + expectedSequence + (event.sequence() - 1 > expectedSequence
                    ? ".." + (event.sequence() - 1) : "") + " are missing"
                    : "event " + event.sequence() + " is out of order");
        }
        if (!event.previousHash().equals(expectedPreviousHash)) {
            return broken(event.sequence(), "event does not link to the event before it (reordered or replaced)");
        }
        String sealProblem = event.sealProblem(keyring);
        if (sealProblem != null) {
            return broken(event.sequence(), sealProblem);
        }
        checked++;
        expectedSequence = event.sequence() + 1;
        expectedPreviousHash = event.hash();
        return true;
    }

    private boolean broken(long sequence, String what) {
        brokenAt = sequence;
        problem = what;
        return false;
    }

    public ChainVerification finish() {
        if (brokenAt == null && expectedSequence - 1 != head.lastSequence()) {
            broken(expectedSequence, "the trail ends at event " + (expectedSequence - 1)
                    + " but the chain head records event " + head.lastSequence());
        } else if (brokenAt == null && !expectedPreviousHash.equals(head.lastHash())) {
            broken(head.lastSequence(), "the last event does not match the hash the chain head records");
        }
        return new ChainVerification(brokenAt == null, checked, head.lastSequence(), head.lastHash(), brokenAt,
                problem);
    }
}
