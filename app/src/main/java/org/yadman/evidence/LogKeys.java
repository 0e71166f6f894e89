package org.yadman.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import org.yadman.ledger.Ledger;
import org.yadman.ledger.NoteSigner;
import org.yadman.ledger.NoteVerifier;

/**
 * The log's Ed25519 signing key, in {@code DATA/keys/log.key} (mode 0600, C2SP signed-note key
 * string), and its public verifier key in {@code DATA/keys/log.pub}. The key's name is the log's
 * origin line.
 */
public final class LogKeys {
    private LogKeys() {}

    public static Path secretFile(Path dataDir) {
        return dataDir.resolve("keys").resolve("log.key");
    }

    public static Path publicFile(Path dataDir) {
        return dataDir.resolve("keys").resolve("log.pub");
    }

    /** Makes a new key; refuses to overwrite one (a new key would orphan every checkpoint). */
    public static NoteVerifier init(Path dataDir, String origin) throws IOException {
        Path secret = secretFile(dataDir);
        if (Files.exists(secret)) throw new FileAlreadyExistsException(secret.toString(), null, "already exists; the log keeps one key for life");
        Files.createDirectories(secret.getParent());
        String key = Ledger.newSignerKey(origin, new SecureRandom());
        Path tmp = secret.resolveSibling("log.key.tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(tmp, key + "\n", StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
        Files.move(tmp, secret, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        NoteVerifier verifier = Ledger.noteSigner(key).verifier();
        Files.writeString(publicFile(dataDir), verifier.verifierKey() + "\n", StandardCharsets.US_ASCII);
        return verifier;
    }

    /** The signing key, or an error telling how to make one. */
    public static NoteSigner signer(Path dataDir) {
        Path secret = secretFile(dataDir);
        if (!Files.exists(secret)) throw new IllegalStateException("no log key at " + secret + "; run `yadman keys init` first");
        try {
            return Ledger.noteSigner(Files.readString(secret, StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + secret + ": " + e.getMessage(), e);
        }
    }
}
