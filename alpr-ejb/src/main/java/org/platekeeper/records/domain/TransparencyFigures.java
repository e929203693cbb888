package org.platekeeper.records.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the public may know of how the system is used (OD-T1): counts only, agencies' names, dates and digests. No
 * plate, no person, no place below the camera's type.
 *
 * @param camerasByType  active cameras by fixed, mobile and portable
 * @param reads          reads captured in the window
 * @param entriesByKind  active hot-list entries by kind
 * @param searches       historical searches run in the window
 * @param searchesRefused searches refused in the window (no purpose, a prohibited one, rejected by a supervisor)
 * @param alerts         alerts raised in the window
 * @param sharingPartners agencies with an agreement in force today, by name
 * @param disclosures    answers, pushes and releases to other agencies in the window
 * @param lastPurgeAt    when the last purge finished, with {@code lastPurgeDigest} its certificate's SHA-256
 * @param lastAuditAt    when the audit chain was last verified
 */
public record TransparencyFigures(Map<String, Long> camerasByType, long reads, Map<String, Long> entriesByKind,
                                  long searches, long searchesRefused, long alerts, List<String> sharingPartners,
                                  long disclosures, Instant lastPurgeAt, String lastPurgeDigest,
                                  Instant lastAuditAt) {
}
