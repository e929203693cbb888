package org.platekeeper.reporting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.platekeeper.reports.ReportRenderer;

/** One renderer for the server: it loads the compiled templates once, and filling them is thread-safe. */
@ApplicationScoped
public class RendererProducer {

    private final ReportRenderer renderer = new ReportRenderer();

    @Produces
    public ReportRenderer renderer() {
        return renderer;
    }
}
