package org.yadman.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * Writes every submission, still encrypted, for decryption with GnuPG on an air-gapped machine:
 * {@code DIR/submission-ID/message-MID-AUTHOR.gpg} and {@code DIR/submission-ID/message-MID-file-N.gpg},
 * binary OpenPGP exactly as stored, plus a {@code SHA256SUMS} per submission. Nothing is decrypted here.
 */
public final class Export {
    private Export() {}

    /** Returns how many files were written. */
    public static int write(DataSource ds, Jdbi jdbi, Path dir) throws IOException, SQLException {
        Submissions submissions = new Submissions(jdbi);
        List<Long> ids = jdbi.withHandle(h -> h.createQuery("SELECT id FROM intake_submission ORDER BY id").mapTo(Long.class).list());
        int written = 0;
        for (long id : ids) {
            Path sub = Files.createDirectories(dir.resolve("submission-" + id));
            StringBuilder sums = new StringBuilder();
            for (Submissions.Message m : submissions.messages(id)) {
                String name = "message-" + m.id() + "-" + m.author() + ".gpg";
                Files.write(sub.resolve(name), m.ciphertext());
                sums.append(m.sha256()).append("  ").append(name).append('\n');
                written++;
                int n = 0;
                for (Submissions.FileRef f : m.files()) {
                    String fileName = "message-" + m.id() + "-file-" + (++n) + ".gpg";
                    try (Connection c = ds.getConnection()) {
                        c.setAutoCommit(false);
                        try (InputStream in = Uploads.content(c, f.uploadId()); OutputStream out = Files.newOutputStream(sub.resolve(fileName))) {
                            in.transferTo(out);
                        }
                        c.rollback();
                    }
                    sums.append(f.sha256()).append("  ").append(fileName).append('\n');
                    written++;
                }
            }
            Files.writeString(sub.resolve("SHA256SUMS"), sums, StandardCharsets.US_ASCII);
        }
        return written;
    }
}
