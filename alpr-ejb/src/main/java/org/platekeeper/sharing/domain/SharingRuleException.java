package org.platekeeper.sharing.domain;

/** A sharing rule of the policy refuses what was asked; carries the clause so the answer can cite it. */
public class SharingRuleException extends RuntimeException {

    private final String clause;

    public SharingRuleException(String clause, String message) {
        super(message);
        this.clause = clause;
    }

    public String clause() {
        return clause;
    }
}
