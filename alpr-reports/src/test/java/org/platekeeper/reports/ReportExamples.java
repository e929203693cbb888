package org.platekeeper.reports;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Renders the example of each report to PNG pages for the documentation ({@code scripts/render-report-examples.sh}):
 * {@code docs/reports/<report>-<page>.png}.
 */
public final class ReportExamples {

    private ReportExamples() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/reports");
        Files.createDirectories(out);
        ReportRenderer renderer = new ReportRenderer();
        Map<String, Report> examples = Map.of(
                "compliance-audit", ReportFixtures.compliance(6),
                "records-request-response", ReportFixtures.recordsResponse(),
                "purge-certificate", ReportFixtures.purgeCertificate(),
                "chain-of-custody", ReportFixtures.custody(),
                "hot-list-review", ReportFixtures.hotListReview(),
                "transparency-summary", ReportFixtures.transparency());
        for (Map.Entry<String, Report> example : examples.entrySet()) {
            try (PDDocument pdf = Loader.loadPDF(renderer.render(example.getValue()).pdf())) {
                PDFRenderer pages = new PDFRenderer(pdf);
                for (int page = 0; page < pdf.getNumberOfPages(); page++) {
                    BufferedImage image = pages.renderImageWithDPI(page, 80);
                    Path file = out.resolve(example.getKey() + "-" + (page + 1) + ".png");
                    ImageIO.write(image, "png", file.toFile());
                    System.out.println(file);
                }
            }
        }
    }
}
