package org.platekeeper.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReportRendererTest {

    private static final ReportRenderer RENDERER = new ReportRenderer();

    private static String text(RenderedReport rendered) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(rendered.pages());
            return new PDFTextStripper().getText(pdf);
        }
    }

    @Test
    @DisplayName("Every report states agency, profile, period, generated-at time in the agency's zone, page numbers and the digest of its data")
    void headingOnEveryReport() throws IOException {
        for (Report report : List.of(ReportFixtures.compliance(3), ReportFixtures.recordsResponse(),
                ReportFixtures.purgeCertificate(), ReportFixtures.custody(), ReportFixtures.hotListReview(),
                ReportFixtures.transparency())) {
            RenderedReport rendered = RENDERER.render(report);
            String text = text(rendered);
            assertThat(text).contains(report.document().title(), "Odessa Police Department",
                    "Policy profile: odessa", "Period: 2026-11-01 to 2026-11-30", "Generated: 2026-12-01 02:00:00 CST",
                    rendered.digest(), "Page 1 of " + rendered.pages());
            assertThat(rendered.digest()).matches("[0-9a-f]{64}").isEqualTo(report.document().digest());
        }
    }

    @Test
    @DisplayName("OD-AD3: the compliance audit shows searches by user with justification completeness, findings, entries, dispositions, disclosures, purges, lapsed training and the chain check")
    void complianceAudit() throws IOException {
        String text = text(RENDERER.render(ReportFixtures.compliance(3)));
        assertThat(text).contains("Historical searches by user", "investigator2", "33 searches; 30 fully justified (91 %)",
                "Flagged searches", "touches a place of worship", "Audit findings", "MC-2026-004",
                "Custom entries requested", "Active and overdue for review today", "Vehicle recovered",
                "Johnson County", "120,345", "officer7", "2026-10-31",
                "Intact: every event through number 48211");
    }

    @Test
    @DisplayName("OD-AD3: a broken audit chain is stated as broken, at the event where it breaks")
    void brokenChainIsStated() throws IOException {
        ComplianceAuditReport intact = ReportFixtures.compliance(1);
        ComplianceAuditReport broken = new ComplianceAuditReport(intact.heading(), intact.searches(),
                intact.flagged(), intact.findings(), intact.entries(), intact.alertsByDisposition(),
                intact.disclosures(), intact.purges(), intact.lapsedTraining(),
                new ComplianceAuditReport.ChainCheck(false, 900, 812L, "hash does not match content"));
        String text = text(RENDERER.render(broken));
        assertThat(text).contains("BROKEN at event 812: hash does not match content").doesNotContain("Intact");
        assertThat(broken.document().digest()).isNotEqualTo(intact.document().digest());
    }

    @Test
    @DisplayName("A long report breaks over pages and numbers each one of the total")
    void longReportPages() throws IOException {
        RenderedReport rendered = RENDERER.render(ReportFixtures.compliance(400));
        assertThat(rendered.pages()).isGreaterThan(5);
        String text = text(rendered);
        assertThat(text).contains("Page 2 of " + rendered.pages(), "Page " + rendered.pages() + " of "
                + rendered.pages(), "investigator399");
    }

    @Test
    @DisplayName("OD-T2: a records-request response cites the statute, the policy, figures, the audit summary and each withheld category with its exemption")
    void recordsResponse() throws IOException {
        String text = text(RENDERER.render(ReportFixtures.recordsResponse()));
        assertThat(text).contains("RR-2026-000042", "Missouri Sunshine Law", "Plate reads are kept 30 days",
                "1,204,331", "Search run", "Investigator", "RSMo 610.100 (criminal-justice information)",
                "Case files of open investigations");
        assertThat(RENDERER.render(ReportFixtures.recordsResponse()).csv()).isNull();
    }

    @Test
    @DisplayName("PC-C1 PC-C2 PC-B3 OD-T1: the purge certificate, chain of custody, hot-list review and transparency summary state their own figures")
    void otherReports() throws IOException {
        assertThat(text(RENDERER.render(ReportFixtures.purgeCertificate()))).contains("Everything captured before",
                "Reads kept under a legal hold", "2026-10-12", "The certificate still matches it", "412 audit events");
        assertThat(text(RENDERER.render(ReportFixtures.custody()))).contains("2026-004512", "Hold requested",
                "#1010: for the Johnson County Prosecutor", "Received by:");
        String review = text(RENDERER.render(ReportFixtures.hotListReview()));
        assertThat(review.indexOf("7ABC123 (MO)")).as("overdue on 2026-11-20, listed first")
                .isLessThan(review.indexOf("Due for review")).isGreaterThan(review.indexOf("Overdue for review"));
        assertThat(review.indexOf("XYZ987")).isGreaterThan(review.indexOf("Due for review"));
        assertThat(text(RENDERER.render(ReportFixtures.transparency()))).contains("Active cameras: Fixed 6",
                "Plate reads captured 1,204,331", "Searches refused 7", "Johnson County Sheriff's Office");
    }

    @Test
    @DisplayName("Fonts are embedded, so a report prints the same on any machine")
    void fontsEmbedded() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(RENDERER.render(ReportFixtures.custody()).pdf())) {
            for (var name : pdf.getPage(0).getResources().getFontNames()) {
                PDFont font = pdf.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
        }
    }

    @Test
    @DisplayName("The digest covers the data, not the time of generation")
    void digestIgnoresGenerationTime() {
        ReportHeading h = ReportFixtures.heading();
        ReportHeading later = new ReportHeading(h.agency(), h.profile(), h.periodFrom(), h.periodTo(),
                h.generatedAt().plusHours(5));
        HotListReviewReport one = ReportFixtures.hotListReview();
        HotListReviewReport again = new HotListReviewReport(later, one.asOf(), one.entries());
        HotListReviewReport changed = new HotListReviewReport(h, one.asOf(), one.entries().subList(0, 1));
        assertThat(again.document().digest()).isEqualTo(one.document().digest());
        assertThat(changed.document().digest()).isNotEqualTo(one.document().digest());
    }

    @Test
    @DisplayName("Tabular reports export their table as CSV, quoted, with formula-like cells defused")
    void csv() {
        RenderedReport review = RENDERER.render(ReportFixtures.hotListReview());
        assertThat(review.csv()).startsWith("Plate,List,Kind,Case,Review due,Requested by\r\n")
                .contains("7ABC123 (MO),Custom entries,Stolen vehicle,2026-004400,2026-11-20,investigator1\r\n");
        assertThat(CsvTable.cell("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"\"x\"\")".replace("'=", "\"'=")
                + "\"");
        assertThat(CsvTable.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvTable.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(RENDERER.render(ReportFixtures.purgeCertificate()).csv()).contains("2026-10-12,\"120,345\",12");
    }

    @Test
    @DisplayName("A table row must be as wide as its header, and a table has at most six columns")
    void tableShape() {
        assertThatThrownBy(() -> ReportTable.of(List.of("a", "b"), List.of(List.of("1"))))
                .hasMessageContaining("a row of 1 cells in a table of 2 columns");
        assertThatThrownBy(() -> ReportTable.of(List.of("1", "2", "3", "4", "5", "6", "7"), List.of()))
                .hasMessageContaining("1 to 6 columns");
    }
}
