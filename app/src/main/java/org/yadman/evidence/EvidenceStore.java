package org.yadman.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Content-addressed files under {@code DIR/sha256/ab/cdef...} (the first two hex digits name the
 * folder). A file is streamed to a temporary file while it is hashed, in a fixed 64 KiB buffer
 * whatever its size, forced to disk, renamed into place atomically and made read-only: what is
 * stored under a hash is never modified, and a crash leaves at most a temporary file.
 */
public final class EvidenceStore {
    private static final int BUFFER = 64 * 1024;
    private final Path root;

    public EvidenceStore(Path root) {
        this.root = root;
    }

    /** The store in a data directory: {@code DATA/evidence}. */
    public static EvidenceStore in(Path dataDir) {
        return new EvidenceStore(dataDir.resolve("evidence"));
    }

    /** A stored file: its hash and size. */
    public record Stored(String sha256, long size) {}

    public Path path(String sha256) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) throw new IllegalArgumentException("not a SHA-256 hex value: " + sha256);
        return root.resolve("sha256").resolve(sha256.substring(0, 2)).resolve(sha256.substring(2));
    }

    /** Streams {@code in} into the store; a file already held is kept as it was. */
    public Stored put(InputStream in) throws IOException {
        Path tmpDir = root.resolve("tmp");
        Files.createDirectories(tmpDir);
        Path tmp = Files.createTempFile(tmpDir, "incoming-", ".part");
        try {
            MessageDigest sha = RowDigests.sha256();
            long size = 0;
            byte[] buffer = new byte[BUFFER];
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.WRITE)) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    sha.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                    size += n;
                }
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            String hex = HexFormat.of().formatHex(sha.digest());
            Path target = path(hex);
            if (Files.exists(target)) return new Stored(hex, size);
            Files.createDirectories(target.getParent());
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("r--r-----"));
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            try (FileChannel dir = FileChannel.open(target.getParent(), StandardOpenOption.READ)) {
                dir.force(true); // the rename itself must survive a crash
            }
            return new Stored(hex, size);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Null when the stored file hashes to {@code sha256}, otherwise what is wrong with it. */
    public String check(String sha256) {
        Path file = path(sha256);
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), RowDigests.sha256())) {
            byte[] buffer = new byte[BUFFER];
            while (in.read(buffer) >= 0) {
                // reading is hashing
            }
            String actual = HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
            return actual.equals(sha256) ? null : "content has SHA-256 " + actual + ", expected " + sha256 + ": the file was changed";
        } catch (NoSuchFileException e) {
            return "the file is missing";
        } catch (IOException e) {
            return "cannot read: " + e.getMessage();
        }
    }
}
