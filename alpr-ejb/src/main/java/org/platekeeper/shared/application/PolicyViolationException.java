package org.platekeeper.shared.application;

/**
 * The request is refused because a policy clause forbids it (answered as 403). The clause ID travels with the
 * refusal so the person refused, and the auditor, can look the rule up.
 */
public class PolicyViolationException extends BusinessException {

    private final String clauseId;

    public PolicyViolationException(String clauseId, String message) {
        super(message + " (" + clauseId + ")");
        this.clauseId = clauseId;
    }

    public String clauseId() {
        return clauseId;
    }
}
