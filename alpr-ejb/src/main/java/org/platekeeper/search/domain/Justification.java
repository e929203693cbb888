package org.platekeeper.search.domain;

import java.util.Locale;
import java.util.Set;

import org.platekeeper.policy.domain.CaseReference;
import org.platekeeper.policy.domain.PolicyThresholds;

/**
 * Why a historical search is run (PC-B1, OD-U3): a case number, a CAD event, an intelligence file, or a purpose
 * from the policy's list with a narrative that says what is being looked for. Vague narratives do not count, and
 * nothing may name protected activity or a protected class (PC-B4, OD-P2, OD-X1).
 */
public record Justification(String caseNumber, String cadEvent, String intelligenceFile, PurposeCode purposeCode,
                            String narrative) {

    /** The narrative length a purpose-only search needs where the agency sets none (OD-U3). */
    public static final int MIN_NARRATIVE = PolicyThresholds.DEFAULT.searchNarrativeMin();
    private static final Set<String> VAGUE = Set.of("investigation", "test", "testing", "check", "checking",
            "query", "search", "lookup", "look up", "curious", "n/a", "na", "none", "misc", "other", "follow up",
            "followup", "routine", "intel", "info", "information", "investigative purposes", "law enforcement");

    /** Refused: a rule of the policy names the clause; a missing or vague justification is a client mistake. */
    public static final class Refused extends RuntimeException {
        private final String clause;

        Refused(String clause, String message) {
            super(message);
            this.clause = clause;
        }

        /** The clause that forbids it, or null for a justification that is merely missing or too vague. */
        public String clause() {
            return clause;
        }
    }

    /** Checks what a person wrote, with no agency case-number format. */
    public static Justification of(String caseNumber, String cadEvent, String intelligenceFile, String purposeCode,
                                   String narrative) {
        return of(caseNumber, cadEvent, intelligenceFile, purposeCode, narrative, new CaseReference(null),
                MIN_NARRATIVE);
    }

    /**
     * Checks what a person wrote. The purpose code arrives as text so that a code that names protected activity is
     * refused under its clause rather than as an unknown code. A reference that is a placeholder does not tie the
     * search to police business.
     */
    public static Justification of(String caseNumber, String cadEvent, String intelligenceFile, String purposeCode,
                                   String narrative, CaseReference references, int minNarrative) {
        for (String text : new String[] {purposeCode, narrative, caseNumber, cadEvent, intelligenceFile}) {
            ProhibitedPurposes.named(text).ifPresent(term -> {
                throw new Refused(term.clause(), "a search may not be justified by " + term.names()
                        + " (" + term.clause() + ")");
            });
        }
        PurposeCode code = null;
        if (!blank(purposeCode)) {
            code = PurposeCode.parse(purposeCode).orElseThrow(() -> new Refused(null, "purposeCode '"
                    + purposeCode.strip() + "' is not one of the policy's purposes: " + java.util.Arrays.toString(
                    PurposeCode.values())));
        }
        check(references, caseNumber, "case number", true);
        check(references, cadEvent, "CAD event", false);
        check(references, intelligenceFile, "intelligence file", false);
        boolean tied = !blank(caseNumber) || !blank(cadEvent) || !blank(intelligenceFile);
        if (!tied) {
            if (code == null) {
                throw new Refused(null, "a search needs a case number, a CAD event, an intelligence file, or a "
                        + "purpose code with a narrative (OD-U3)");
            }
            if (!blank(narrative) && VAGUE.contains(narrative.strip().toLowerCase(Locale.ROOT)
                    .replaceAll("[.!]+$", ""))) {
                throw new Refused(null, "the narrative '" + narrative.strip() + "' does not say what the search "
                        + "is for (PC-B1)");
            }
            if (blank(narrative) || narrative.strip().length() < minNarrative) {
                throw new Refused(null, "a search under a purpose code needs a narrative of at least "
                        + minNarrative + " characters saying what is being looked for (OD-U3)");
            }
        }
        return new Justification(clean(caseNumber), clean(cadEvent), clean(intelligenceFile), code,
                clean(narrative));
    }

    public boolean hasCaseNumber() {
        return caseNumber != null;
    }

    /** How the audit trail names the search's purpose. */
    public String summary() {
        StringBuilder s = new StringBuilder();
        if (caseNumber != null) {
            s.append("case ").append(caseNumber);
        }
        if (cadEvent != null) {
            s.append(s.isEmpty() ? "" : ", ").append("CAD ").append(cadEvent);
        }
        if (intelligenceFile != null) {
            s.append(s.isEmpty() ? "" : ", ").append("intelligence file ").append(intelligenceFile);
        }
        if (purposeCode != null) {
            s.append(s.isEmpty() ? "" : ", ").append("purpose ").append(purposeCode);
        }
        return s.toString();
    }

    private static void check(CaseReference references, String reference, String what, boolean isCaseNumber) {
        if (!blank(reference)) {
            references.problem(reference, what, isCaseNumber).ifPresent(problem -> {
                throw new Refused(null, problem);
            });
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String clean(String text) {
        return blank(text) ? null : text.strip();
    }
}
