package org.yadman.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yadman.accounts.PasswordHasher;
import org.yadman.accounts.Role;
import org.yadman.accounts.Users;
import org.yadman.testing.Browser;
import org.yadman.testing.Cli;
import org.yadman.testing.RunningSite;
import org.yadman.testing.TestDatabases;

/**
 * GnuPG (Debian's /usr/bin/gpg, in a temporary GNUPGHOME) against the intake: the organisation's
 * key made by gpg is added with {@code yadman intake keys add}; a submission exported with
 * {@code yadman intake export} decrypts with {@code gpg --decrypt}; a reply encrypted by gpg to
 * the submitter's key is read by the submitter with nothing but the receipt.
 */
class GnuPgInteropTest {
    private static final File GPG = new File("/usr/bin/gpg");
    @TempDir Path dir;

    @Test
    void gnupgDecryptsAnExportAndItsReplyIsReadWithTheReceipt() throws Exception {
        Assumptions.assumeTrue(GPG.canExecute(), "needs GnuPG (apt-get install -y gnupg)");
        Path home = Files.createDirectory(dir.resolve("g"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        gpg(home, null, "--quick-generate-key", "Yadman Intake <intake@example.org>", "future-default", "default", "never");
        Path orgKey = dir.resolve("org.asc");
        Files.writeString(orgKey, gpg(home, null, "--armor", "--export", "intake@example.org"));

        var db = TestDatabases.fresh();
        String url = ((HikariDataSource) db.dataSource()).getJdbcUrl();
        String[] dbArgs = {"--data", dir.resolve("data").toString(), "--db-url", url, "--db-user", "postgres"};
        assertThat(yadman(concat(new String[] {"intake", "keys", "add", orgKey.toString()}, dbArgs))).contains("added");
        try (var site = RunningSite.start(db, Clock.systemUTC())) {
            var client = new IntakeClient(site.baseUrl());
            byte[] photo = "JPEG-ish bytes of a photo".getBytes(StandardCharsets.US_ASCII);
            var filed = client.postMultipart("/fa/testify", Map.of("testimony", "شهادت برای gpg"), List.of(Map.entry("photo.jpg", photo)));
            String receipt = IntakeClient.receipt(filed.body());

            Path export = dir.resolve("export");
            assertThat(yadman(concat(new String[] {"intake", "export", export.toString()}, dbArgs))).contains("Wrote 2 encrypted file(s)");
            Path sub = Files.list(export).findFirst().orElseThrow();
            Path message = Files.list(sub).filter(p -> p.getFileName().toString().endsWith("-submitter.gpg")).findFirst().orElseThrow();
            String testimony = gpg(home, null, "--decrypt", message.toString());
            assertThat(testimony).startsWith(Testimony.HEADER).contains("شهادت برای gpg").contains("file: 1 photo.jpg image/jpeg " + photo.length + " ");
            Path file = Files.list(sub).filter(p -> p.getFileName().toString().endsWith("-file-1.gpg")).findFirst().orElseThrow();
            Path clear = dir.resolve("photo.out");
            gpg(home, null, "--output", clear.toString(), "--decrypt", file.toString());
            byte[] padded = Files.readAllBytes(clear);
            assertThat(padded).hasSize(Testimony.PAD_TO);
            assertThat(java.util.Arrays.copyOf(padded, photo.length)).isEqualTo(photo);

            // an investigator replies with gpg, to the submitter's key (and the organisation's)
            long id = db.jdbi().withHandle(h -> h.createQuery("SELECT id FROM intake_submission").mapTo(Long.class).one());
            Path submitterKey = dir.resolve("submitter.gpg");
            Files.write(submitterKey, new Submissions(db.jdbi()).keys(id).publicKey());
            gpg(home, null, "--import", submitterKey.toString());
            Path reply = dir.resolve("reply.gpg");
            gpg(home, "پاسخ با GnuPG نوشته شد".getBytes(StandardCharsets.UTF_8), "--trust-model", "always", "--output", reply.toString(),
                    "--encrypt", "--recipient", "Yadman submitter", "--recipient", "intake@example.org");
            new Users(db.jdbi()).add("ana", Role.INVESTIGATOR, "a long enough passphrase", new PasswordHasher(), Clock.systemUTC().instant());
            var investigator = new Browser(site);
            investigator.signIn("ana", "a long enough passphrase");
            var sent = investigator.post("/en/workspace/intake/" + id + "/reply",
                    Map.of("ciphertext", Base64.getEncoder().encodeToString(Files.readAllBytes(reply))));
            assertThat(sent.statusCode()).isEqualTo(303);

            var back = client.postForm("/en/testify/return", Map.of("receipt", receipt));
            assertThat(back.body()).contains("پاسخ با GnuPG نوشته شد");
        }
    }

    private String gpg(Path home, byte[] input, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(GPG.getPath(), "--homedir", home.toString(), "--batch", "--yes", "--pinentry-mode", "loopback",
                "--passphrase", ""));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(dir.resolve("gpg.err").toFile()).start();
        try (var in = p.getOutputStream()) {
            if (input != null) in.write(input);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("gpg %s: %s", String.join(" ", args), Files.readString(dir.resolve("gpg.err"))).isZero();
        return out;
    }

    private static String yadman(String... args) {
        return Cli.run(args).succeeded();
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
