package org.platekeeper.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.util.JRLoader;

/**
 * Renders any {@link ReportDocument} with the templates compiled at build time. The compiled templates are loaded
 * once; filling them is thread-safe, so one renderer serves the whole server.
 */
public class ReportRenderer {

    private static final String TEMPLATES = "/org/platekeeper/reports/templates/";
    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z");

    private final JasperReport document = load("document.jasper");
    private final JasperReport table = load("table.jasper");

    /** Renders a typed report: its PDF, its CSV where it is a table, and the digest of its data. */
    public RenderedReport render(Report report) {
        return render(report.document());
    }

    public RenderedReport render(ReportDocument report) {
        String digest = report.digest();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("REPORT_TITLE", report.title());
        parameters.put("AGENCY", report.heading().agency());
        parameters.put("PROFILE", report.heading().profile());
        parameters.put("PERIOD", report.heading().period());
        parameters.put("GENERATED_AT", GENERATED.format(report.heading().generatedAt()));
        parameters.put("DIGEST", digest);
        parameters.put("TABLE_TEMPLATE", table);
        try {
            JasperPrint print = JasperFillManager.fillReport(document, parameters,
                    new JRMapCollectionDataSource(sections(report)));
            print.setProperty("net.sf.jasperreports.export.pdf.metadata.title", report.title());
            print.setProperty("net.sf.jasperreports.export.pdf.metadata.author", report.heading().agency());
            byte[] pdf = JasperExportManager.exportReportToPdf(print);
            String csv = report.csvTable() == null ? null : CsvTable.of(report.csvTable());
            return new RenderedReport(pdf, csv, digest, print.getPages().size());
        } catch (JRException e) {
            throw new IllegalStateException("the report \"" + report.title() + "\" could not be rendered", e);
        }
    }

    private static List<Map<String, ?>> sections(ReportDocument report) {
        List<Map<String, ?>> sections = new ArrayList<>(report.sections().size());
        for (ReportSection section : report.sections()) {
            Map<String, Object> band = new HashMap<>();
            band.put("heading", section.heading());
            band.put("text", section.text());
            ReportTable table = section.table();
            if (table != null) {
                band.put("layout", table.templateLayout());
                band.put("columns", table.columns());
                band.put("rows", rows(table));
            }
            sections.add(band);
        }
        return sections;
    }

    private static List<Map<String, ?>> rows(ReportTable table) {
        List<Map<String, ?>> rows = new ArrayList<>(table.rows().size());
        for (List<String> row : table.rows()) {
            Map<String, Object> cells = new LinkedHashMap<>();
            for (int i = 0; i < row.size(); i++) {
                cells.put("c" + i, row.get(i));
            }
            rows.add(cells);
        }
        return rows;
    }

    private static JasperReport load(String name) {
        try (InputStream in = ReportRenderer.class.getResourceAsStream(TEMPLATES + name)) {
            if (in == null) {
                throw new IllegalStateException("the compiled template " + name + " is missing from the build");
            }
            return (JasperReport) JRLoader.loadObject(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JRException e) {
            throw new IllegalStateException("the compiled template " + name + " cannot be loaded", e);
        }
    }
}
