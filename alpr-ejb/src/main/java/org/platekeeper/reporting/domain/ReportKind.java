package org.platekeeper.reporting.domain;

import java.util.Locale;

/** The reports the system produces, and what each is about. */
public enum ReportKind {
    /** OD-AD3: use of the system over a period. */
    COMPLIANCE_AUDIT(Subject.NONE, true),
    /** OD-T2: what a public-records request may receive; about one request of the register. */
    RECORDS_RESPONSE(Subject.RECORDS_REQUEST, false),
    /** PC-C1, OD-R5: one purge. */
    PURGE_CERTIFICATE(Subject.PURGE, true),
    /** PC-C2, OD-R6: the reads under one legal hold. */
    CHAIN_OF_CUSTODY(Subject.LEGAL_HOLD, true),
    /** PC-B3, OD-H3: entries whose review is due or overdue. */
    HOT_LIST_REVIEW(Subject.NONE, true),
    /** OD-T1, PC-F1: the public page's figures for a period. */
    TRANSPARENCY_SUMMARY(Subject.NONE, true);

    /** What a report of the kind is about, beyond its period. */
    public enum Subject { NONE, RECORDS_REQUEST, PURGE, LEGAL_HOLD }

    private final Subject subject;
    private final boolean tabular;

    ReportKind(Subject subject, boolean tabular) {
        this.subject = subject;
        this.tabular = tabular;
    }

    /** Whether the report is a table, and so has a CSV beside its PDF. */
    public boolean isTabular() {
        return tabular;
    }

    public Subject subject() {
        return subject;
    }

    /** {@code compliance-audit}: the stem of the files a report of this kind is saved as. */
    public String fileStem() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
