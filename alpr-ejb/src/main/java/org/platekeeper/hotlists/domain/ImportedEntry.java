package org.platekeeper.hotlists.domain;

import java.time.LocalDate;

/**
 * One accepted line of a hot-list file.
 *
 * @param reference the file's own record number (NCIC number, ORI), for the officer who calls it in
 * @param vehicle   year, make, model and colour as the file gives them
 */
public record ImportedEntry(PlatePattern plate, String state, HotListKind kind, String reason, String caseNumber,
                            String reference, String vehicle, LocalDate incidentDate, LocalDate expiresOn) {
}
