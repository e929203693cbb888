package org.platekeeper.reporting.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The files of a generated report: its PDF, and its CSV where it is a table. */
@Entity
@Table(name = "generated_report_file")
public class ReportFile {

    @Id
    @Column(name = "report_id")
    private UUID reportId;

    @Column(name = "pdf", nullable = false, updatable = false)
    private byte[] pdf;

    @Column(name = "csv", updatable = false)
    private String csv;

    protected ReportFile() {
    }

    public ReportFile(UUID reportId, byte[] pdf, String csv) {
        this.reportId = reportId;
        this.pdf = pdf.clone();
        this.csv = csv;
    }

    public byte[] pdf() {
        return pdf.clone();
    }

    public String csv() {
        return csv;
    }
}
