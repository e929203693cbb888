/**
 * Report rendering: compiled JasperReports templates filled from plain report-model records.
 * Plain Java on purpose (no Jakarta EE types) so reports render the same in the server and in tests.
 */
package org.platekeeper.reports;
