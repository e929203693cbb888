package org.platekeeper.hotlists.application;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.platekeeper.hotlists.domain.HotListEntryStore;
import org.platekeeper.hotlists.domain.HotListImport;
import org.platekeeper.hotlists.domain.HotListRepository;
import org.platekeeper.hotlists.domain.ImportedEntry;
import org.platekeeper.hotlists.domain.ParsedLine;
import org.platekeeper.policy.domain.PolicyProfile;

/**
 * Runs one import in the background. Entries go into a new generation of the list in chunks, each chunk committed
 * with the progress so far; matching keeps using the old generation until the last chunk is in, then the list
 * switches over in one transaction, the index is rebuilt, and only then is the import reported complete and the
 * old generation deleted. A failure at any point deletes the new generation and leaves the old one active.
 */
@Stateless
@PermitAll
@TransactionManagement(TransactionManagementType.BEAN)
public class HotListImportJob {

    static final int CHUNK = 5_000;
    static final int REJECTIONS_KEPT = 1_000;
    private static final Logger LOG = Logger.getLogger(HotListImportJob.class.getName());

    @Inject
    HotListRepository lists;

    @Inject
    HotListEntryStore store;

    @Inject
    ImportLedger ledger;

    @Inject
    PolicyProfile policy;

    @Inject
    Clock clock;

    /**
     * A file that loses more than this share of its lines is taken for one in the wrong format or damaged, and
     * replaces nothing: a live list emptied by mistake stops its alerts without a word.
     */
    @Inject
    @ConfigProperty(name = "ALPR_HOTLIST_IMPORT_MAX_REJECTED_PERCENT", defaultValue = "50")
    int maxRejectedPercent;

    @Resource
    UserTransaction transaction;

    @Asynchronous
    public void run(UUID importId, Path file) {
        HotListImport job = inTransaction(() -> lists.findImport(importId).orElseThrow());
        var list = inTransaction(() -> lists.find(job.listId()).orElseThrow());
        Progress progress = new Progress(importId, job.listId(), job.generation());
        try (CountingStream counted = new CountingStream(Files.newInputStream(file));
             BufferedReader reader = new BufferedReader(new InputStreamReader(counted,
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16)) {
            progress.source = counted;
            job.format().read(reader, list.kind(), policy.today(clock), progress::accept);
            progress.flush();
            progress.requirePlausible(maxRejectedPercent);
            int previous = inTransaction(() -> ledger.activate(importId, progress.lines, progress.accepted,
                    progress.rejected));
            inTransaction(() -> {
                ledger.complete(importId, progress.lines, progress.accepted, progress.rejected,
                        progress.report());
                return null;
            });
            inTransaction(() -> {
                store.deleteGeneration(job.listId(), previous);
                return null;
            });
        } catch (IOException | RuntimeException failure) {
            LOG.log(Level.WARNING, "Hot-list import " + importId + " failed", failure);
            String why = failure instanceof IllegalArgumentException ? failure.getMessage()
                    : "the import failed after " + progress.lines + " lines; the list is unchanged";
            try {
                inTransaction(() -> {
                    store.deleteGeneration(job.listId(), job.generation());
                    return null;
                });
                inTransaction(() -> {
                    ledger.fail(importId, why, progress.report());
                    return null;
                });
            } catch (RuntimeException cleanup) {
                LOG.log(Level.SEVERE, "Hot-list import " + importId + " could not be marked failed", cleanup);
            }
        } finally {
            HotListImports.deleteQuietly(file);
        }
    }

    /** Counts lines, collects accepted entries into chunks and keeps the first rejections with their reasons. */
    private final class Progress {
        final UUID importId;
        final UUID listId;
        final int generation;
        final List<ImportedEntry> chunk = new ArrayList<>(CHUNK);
        final StringBuilder rejections = new StringBuilder();
        CountingStream source;
        int lines;
        int accepted;
        int rejected;

        Progress(UUID importId, UUID listId, int generation) {
            this.importId = importId;
            this.listId = listId;
            this.generation = generation;
        }

        void accept(ParsedLine line) {
            lines++;
            if (line.isAccepted()) {
                accepted++;
                chunk.add(line.entry());
                if (chunk.size() == CHUNK) {
                    flush();
                }
            } else {
                rejected++;
                if (rejected <= REJECTIONS_KEPT) {
                    rejections.append("line ").append(line.lineNumber()).append(": ").append(line.rejection())
                            .append('\n');
                }
            }
        }

        void flush() {
            inTransaction(() -> {
                if (!chunk.isEmpty()) {
                    store.insert(listId, generation, chunk);
                }
                store.progress(importId, source == null ? 0 : source.count, lines, accepted, rejected);
                return null;
            });
            chunk.clear();
        }

        /** Refuses, before anything is switched over, a file that would empty the list or mostly be lost. */
        void requirePlausible(int maxRejectedPercent) {
            if (accepted == 0) {
                throw new IllegalArgumentException("no line of the file was accepted (" + lines + " read, "
                        + rejected + " rejected): is it in the format chosen? The list is unchanged");
            }
            if (rejected * 100L > (long) maxRejectedPercent * lines) {
                throw new IllegalArgumentException(rejected + " of " + lines + " lines were rejected, more than "
                        + maxRejectedPercent + "% (ALPR_HOTLIST_IMPORT_MAX_REJECTED_PERCENT): is the file in the "
                        + "format chosen? The list is unchanged");
            }
        }

        String report() {
            String kept = rejections.toString().strip();
            return rejected > REJECTIONS_KEPT ? kept + "\n(" + (rejected - REJECTIONS_KEPT) + " more rejected lines)"
                    : kept;
        }
    }

    /** Counts the bytes read, for the progress bar. */
    private static final class CountingStream extends java.io.FilterInputStream {
        volatile long count;

        CountingStream(java.io.InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        try {
            transaction.begin();
            T result = work.get();
            transaction.commit();
            return result;
        } catch (RuntimeException failure) {
            rollback();
            throw failure;
        } catch (Exception failure) {
            rollback();
            throw new IllegalStateException("the import's transaction failed", failure);
        }
    }

    private void rollback() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (Exception ignored) {
            // the transaction is gone either way
        }
    }
}
