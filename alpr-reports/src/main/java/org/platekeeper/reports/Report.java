package org.platekeeper.reports;

/** A typed report model: its own fields, and how they read as a document. */
public interface Report {

    ReportDocument document();
}
