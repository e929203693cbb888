package org.platekeeper.audit.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.platekeeper.audit.domain.ChainKey;
import org.platekeeper.audit.domain.ChainKeyStore;
import org.platekeeper.audit.domain.ChainKeyring;

/**
 * The chain keys in a file of their own ({@code ALPR_AUDIT_KEY_FILE}, by default {@code audit-chain.keys} in the
 * server's directory), readable by the server's user only, which city IT backs up apart from the database:
 *
 * <pre>
 * keyed-from 1
 * key k3f9a0c1e BASE64-OF-32-RANDOM-BYTES
 * key k77d2e410 BASE64-OF-32-RANDOM-BYTES   (the last key seals new events)
 * </pre>
 *
 * A server that finds no file creates one with a fresh key. Every server of one installation needs the same file.
 */
@ApplicationScoped
public class FileChainKeyStore implements ChainKeyStore {

    private static final Logger LOG = Logger.getLogger(FileChainKeyStore.class.getName());
    static final String DEFAULT_FILE = "audit-chain.keys";

    @Inject
    @ConfigProperty(name = "ALPR_AUDIT_KEY_FILE")
    Optional<String> configuredFile;

    private volatile ChainKeyring keyring;

    @Override
    public ChainKeyring keyring(long nextSequence) {
        ChainKeyring loaded = keyring;
        if (loaded == null) {
            synchronized (this) {
                if (keyring == null) {
                    keyring = loadOrCreate(file(), nextSequence);
                }
                loaded = keyring;
            }
        }
        return loaded;
    }

    Path file() {
        return Path.of(configuredFile.filter(f -> !f.isBlank()).orElse(DEFAULT_FILE)).toAbsolutePath();
    }

    static ChainKeyring loadOrCreate(Path file, long nextSequence) {
        if (!Files.exists(file)) {
            create(file, Math.max(1, nextSequence));
        }
        return read(file);
    }

    private static void create(Path file, long keyedFrom) {
        byte[] secret = new byte[ChainKey.MIN_SECRET_BYTES];
        new SecureRandom().nextBytes(secret);
        String text = "# Platekeeper audit-chain keys (OD-X2). Back this file up apart from the database: without it\n"
                + "# the audit trail can no longer be verified. To rotate, add a line 'key NEW-ID BASE64' below\n"
                + "# (32 random bytes: openssl rand -base64 32) and restart; keep the old lines.\n"
                + "keyed-from " + keyedFrom + "\n"
                + "key " + ChainKey.idFor(secret) + " " + Base64.getEncoder().encodeToString(secret) + "\n";
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(
                        "rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (FileAlreadyExistsException anotherThreadOrServer) {
            return;
        } catch (IOException e) {
            throw new UncheckedIOException("the audit-chain key file " + file + " cannot be created", e);
        }
        LOG.warning("created the audit-chain key file " + file + ": back it up apart from the database; the audit "
                + "trail is keyed from event " + keyedFrom);
    }

    static ChainKeyring read(Path file) {
        List<ChainKey> keys = new ArrayList<>();
        long keyedFrom = 1;
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the audit-chain key file " + file + " cannot be read", e);
        }
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] words = line.split("\\s+");
            if (words.length == 2 && words[0].equals("keyed-from")) {
                keyedFrom = Long.parseLong(words[1]);
            } else if (words.length == 3 && words[0].equals("key")) {
                keys.add(new ChainKey(words[1], Base64.getDecoder().decode(words[2])));
            } else {
                throw new IllegalStateException("the audit-chain key file " + file + " has a line that is neither "
                        + "'keyed-from N' nor 'key ID BASE64'");
            }
        }
        return new ChainKeyring(keys, keyedFrom);
    }
}
