package org.platekeeper.retention.application;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import net.lingala.zip4j.io.outputstream.ZipOutputStream;
import net.lingala.zip4j.model.ZipParameters;
import net.lingala.zip4j.model.enums.AesKeyStrength;
import net.lingala.zip4j.model.enums.EncryptionMethod;

import org.platekeeper.retention.domain.LegalHold;
import org.platekeeper.retention.domain.RetentionStore;
import org.platekeeper.retention.domain.RetentionStore.HeldRead;

/**
 * The evidence package's format (PC-C3), for a hold's evidence and for a release required by law alike: a ZIP of
 * the reads' metadata as JSON and CSV, their images, the sheets that go with them, and a SHA-256 manifest of every
 * other file. Streamed to its reader; nothing is left on disk. With a passphrase (SC-28), every file is encrypted
 * with AES-256 (WinZip's AE-2, which 7-Zip, WinZip and most archive tools open), so the package may travel on
 * ordinary media.
 */
public final class EvidencePackage implements AutoCloseable {

    /** Passphrases shorter than this are refused: the archive can be attacked offline, at leisure. */
    public static final int MINIMUM_PASSPHRASE_LENGTH = 12;

    private final ZipOutputStream zip;
    private final boolean encrypted;
    private final Map<String, String> manifest = new LinkedHashMap<>();

    public EvidencePackage(OutputStream out) {
        this(out, null);
    }

    /** An archive encrypted with this passphrase, or a plain one when it is null. */
    public EvidencePackage(OutputStream out, char[] passphrase) {
        try {
            this.encrypted = passphrase != null;
            this.zip = encrypted ? new ZipOutputStream(out, passphrase) : new ZipOutputStream(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ZipParameters entryNamed(String name) {
        ZipParameters entry = new ZipParameters();
        entry.setFileNameInZip(name);
        if (encrypted) {
            entry.setEncryptFiles(true);
            entry.setEncryptionMethod(EncryptionMethod.AES);
            entry.setAesKeyStrength(AesKeyStrength.KEY_STRENGTH_256);
        }
        return entry;
    }

    /** The reads' metadata and images. */
    public EvidencePackage reads(RetentionStore store, List<HeldRead> reads) {
        List<UUID> ids = reads.stream().map(HeldRead::readId).toList();
        entry("reads.json", o -> store.writeMetadata(ids, false, o));
        entry("reads.csv", o -> store.writeMetadata(ids, true, o));
        for (HeldRead read : reads) {
            for (String kind : new String[] {"PLATE", "VEHICLE"}) {
                byte[] jpeg = store.image(read.readId(), read.capturedAt(), kind);
                if (jpeg != null) {
                    entry("images/" + read.readId() + "-" + kind.toLowerCase() + ".jpg", o -> write(o, jpeg));
                }
            }
        }
        return this;
    }

    public EvidencePackage text(String name, String content) {
        entry(name, o -> write(o, content.getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    /** The files so far and their SHA-256, for a sheet that lists them. */
    public Map<String, String> manifest() {
        return Collections.unmodifiableMap(manifest);
    }

    /** The chain-of-custody sheet of the hold's reads, listing the files written so far. */
    public static String custody(LegalHold hold, int reads, String recipient, Instant now,
                                 Map<String, String> manifest) {
        StringBuilder s = new StringBuilder();
        s.append("CHAIN OF CUSTODY - LICENSE PLATE READER EVIDENCE\n\n");
        s.append("Case number:      ").append(hold.caseNumber()).append('\n');
        s.append("Legal basis:      ").append(hold.legalBasis()).append('\n');
        s.append("Description:      ").append(hold.description()).append('\n');
        s.append("Hold id:          ").append(hold.id()).append('\n');
        s.append("Requested:        ").append(hold.requestedBy()).append(", ").append(hold.requestedAt()).append('\n');
        s.append("Approved:         ").append(hold.decidedBy()).append(", ").append(hold.decidedAt()).append('\n');
        s.append("Reads:            ").append(reads).append('\n');
        s.append("Produced:         ").append(now).append('\n');
        s.append("Produced for:     ").append(recipient).append('\n');
        s.append("\nFiles (SHA-256):\n");
        manifest.forEach((file, sha) -> s.append("  ").append(sha).append("  ").append(file).append('\n'));
        s.append("\nThe data were kept unaltered in the agency's Platekeeper system under the hold above; every ")
                .append("access to them is recorded in its hash-chained audit trail.\n\n");
        s.append("Released by: ____________________  Date: __________\n");
        s.append("Received by: ____________________  Date: __________\n");
        return s.toString();
    }

    /** Writes the manifest of every file and ends the archive. */
    @Override
    public void close() {
        StringBuilder lines = new StringBuilder();
        manifest.forEach((file, sha) -> lines.append(sha).append("  ").append(file).append('\n'));
        try {
            zip.putNextEntry(entryNamed("manifest-sha256.txt"));
            zip.write(lines.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void entry(String name, Consumer<OutputStream> content) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try {
            zip.putNextEntry(entryNamed(name));
            DigestOutputStream digesting = new DigestOutputStream(new FilterOutputStream(zip) {
                @Override
                public void close() {
                    // the entry is closed by the archive, not by its writer
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }
            }, sha);
            content.accept(digesting);
            digesting.flush();
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        manifest.put(name, HexFormat.of().formatHex(sha.digest()));
    }

    private static void write(OutputStream out, byte[] bytes) {
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
