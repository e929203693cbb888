package org.platekeeper.hotlists.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.platekeeper.hotlists.domain.HotListFileFormat;
import org.platekeeper.hotlists.domain.HotListImport;
import org.platekeeper.hotlists.domain.HotListRepository;
import org.platekeeper.shared.application.ContentTooLargeException;
import org.platekeeper.shared.application.InvalidRequestException;
import org.platekeeper.shared.application.UnknownItemException;
import org.platekeeper.shared.domain.Role;

/**
 * Imports a hot-list file into a list, replacing its entries. The upload is spooled to a private temporary file
 * and the import runs in the background, so a million-line file neither holds the request nor the memory; its
 * progress and, at the end, its report of accepted and rejected lines are read from {@link #status(UUID)}.
 */
@Stateless
@RolesAllowed({Role.Names.ADMINISTRATOR, Role.Names.SUPERVISOR})
public class HotListImports {

    @Inject
    HotListRepository lists;

    @Inject
    ImportLedger ledger;

    @Inject
    HotListImportJob job;

    @Inject
    @ConfigProperty(name = "ALPR_HOTLIST_IMPORT_MAX_BYTES", defaultValue = "268435456")
    long maxBytes;

    @Resource
    SessionContext session;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportView start(UUID listId, HotListFileFormat format, String fileName, InputStream content) {
        if (format == null) {
            throw new InvalidRequestException("format is required: NCIC_FIXED, NCIC_CSV or GENERIC_CSV");
        }
        Path file = spool(content);
        try {
            HotListImport started = ledger.open(listId, format, fileName, Files.size(file), caller());
            job.run(started.id(), file);
            return ImportView.of(started);
        } catch (IOException | RuntimeException refused) {
            deleteQuietly(file);
            throw refused instanceof RuntimeException runtime ? runtime
                    : new UncheckedIOException((IOException) refused);
        }
    }

    public ImportView status(UUID importId) {
        return lists.findImport(importId).map(ImportView::of)
                .orElseThrow(() -> new UnknownItemException("import", String.valueOf(importId)));
    }

    public List<ImportView> imports(UUID listId) {
        return lists.imports(listId, 20).stream().map(ImportView::of).toList();
    }

    private Path spool(InputStream content) {
        Path file = null;
        try {
            file = Files.createTempFile("platekeeper-hotlist-", ".import");
            long written = 0;
            byte[] buffer = new byte[1 << 16];
            try (OutputStream out = Files.newOutputStream(file)) {
                for (int n; (n = content.read(buffer)) > 0; ) {
                    written += n;
                    if (written > maxBytes) {
                        throw new ContentTooLargeException("the file is larger than " + maxBytes + " bytes");
                    }
                    out.write(buffer, 0, n);
                }
            }
            if (written == 0) {
                throw new InvalidRequestException("the file is empty");
            }
            return file;
        } catch (IOException e) {
            deleteQuietly(file);
            throw new UncheckedIOException("the upload could not be stored", e);
        } catch (RuntimeException refused) {
            deleteQuietly(file);
            throw refused;
        }
    }

    static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file the operating system cleans up
            }
        }
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
