package org.platekeeper.audit.domain;

/**
 * Events {@code first}..{@code last} deleted past the audit retention; the chain now starts from {@code anchorHash},
 * the hash of event {@code last}, which the purge certificate records.
 */
public record AuditPurge(long first, long last, String anchorHash) {
}
