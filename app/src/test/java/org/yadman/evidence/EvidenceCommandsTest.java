package org.yadman.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yadman.store.Database;
import org.yadman.testing.Cli;
import org.yadman.testing.TestDatabases;

/** keys init, evidence add/list, log checkpoint/verify, bundle and verify, end to end through the CLI. */
class EvidenceCommandsTest {
    @TempDir Path dir;
    private final Cli.Runner cli = new Cli.Runner();

    @Test
    void fromKeyToVerifiedBundleAndATamperedFileCaught() throws Exception {
        Path data = dir.resolve("data");
        try (Database db = TestDatabases.fresh()) {
            String url = ((HikariDataSource) db.dataSource()).getJdbcUrl();
            String[] dbArgs = {"--data", data.toString(), "--db-url", url, "--db-user", "postgres"};
            assertThat(cli.run("keys", "init", "--data", data.toString(), "--origin", "example.org/yadman")).as(cli.err()).isZero();
            assertThat(cli.out()).contains("example.org/yadman+");
            assertThat(Files.getPosixFilePermissions(LogKeys.secretFile(data))).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(cli.run("keys", "init", "--data", data.toString())).isEqualTo(1);
            assertThat(cli.err()).contains("already exists");

            Path video = Files.write(dir.resolve("clip.mp4"), new byte[100_000]);
            assertThat(cli.run(concat(new String[] {"evidence", "add", video.toString(), "--source", "Witness A", "--note", "given in person"}, dbArgs)))
                    .as(cli.err()).isZero();
            assertThat(cli.out()).contains("Evidence item 1: clip.mp4, 100,000 bytes, SHA-256 ");
            assertThat(cli.run(concat(new String[] {"evidence", "list"}, dbArgs))).isZero();
            assertThat(cli.out()).contains("\tWitness A\tclip.mp4");
            assertThat(cli.run(concat(new String[] {"log", "checkpoint"}, dbArgs))).isZero();
            assertThat(cli.out()).startsWith("example.org/yadman\n2\n");
            Path checkpoint = Files.writeString(dir.resolve("checkpoint.txt"), cli.out());
            assertThat(cli.run(concat(new String[] {"log", "verify"}, dbArgs))).as(cli.err()).isZero();
            assertThat(cli.out()).contains("OK: 2 leaves, 1 checkpoints, 1 evidence files checked.");

            Path zip = dir.resolve("bundle.zip");
            assertThat(cli.run(concat(new String[] {"bundle", "--evidence", "1", "-o", zip.toString()}, dbArgs))).as(cli.err()).isZero();
            assertThat(cli.run("verify", zip.toString(), "--checkpoint", checkpoint.toString())).as(cli.err()).isZero();
            assertThat(cli.out()).contains("OK: 2 logged events and rows");

            String sha = db.jdbi().withHandle(h -> h.createQuery("SELECT sha256 FROM evidence_item").mapTo(String.class).one());
            Path stored = EvidenceStore.in(data).path(sha);
            assertThat(Files.getPosixFilePermissions(stored)).isEqualTo(PosixFilePermissions.fromString("r--r-----"));
            Files.setPosixFilePermissions(stored, PosixFilePermissions.fromString("rw-------"));
            byte[] bytes = Files.readAllBytes(stored);
            bytes[50_000] = 7;
            Files.write(stored, bytes);
            assertThat(cli.run(concat(new String[] {"log", "verify"}, dbArgs))).isEqualTo(1);
            assertThat(cli.err()).contains("FAIL evidence_item 1: " + stored).contains("the file was changed");
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
