package org.yadman.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.yadman.intake.Export;
import org.yadman.intake.FilingProof;
import org.yadman.intake.IntakeKeys;
import org.yadman.ledger.VerificationException;
import org.yadman.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "intake", mixinStandardHelpOptions = true, description = "Encrypted testimonies and complaints (docs/intake.md).",
        subcommands = {IntakeCommand.Keys.class, IntakeCommand.ExportAll.class, IntakeCommand.VerifyProof.class})
public final class IntakeCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "keys", mixinStandardHelpOptions = true, description = "The organisation's OpenPGP public keys that submissions are encrypted to.",
            subcommands = {AddKey.class, ListKeys.class, RetireKey.class})
    static final class Keys implements Runnable {
        @Spec CommandSpec spec;

        @Override
        public void run() {
            spec.commandLine().usage(spec.commandLine().getOut());
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add the public key(s) in FILE (armored or binary, e.g. gpg --export --armor ID > FILE.asc).")
    static final class AddKey implements Callable<Integer> {
        @Mixin DatabaseOptions database;
        @Parameters(index = "0", paramLabel = "FILE") Path file;
        @Spec CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (!Files.isRegularFile(file)) {
                spec.commandLine().getErr().println("yadman intake keys add: " + file + ": no such file");
                return 1;
            }
            try (Database db = database.open()) {
                for (String fpr : new IntakeKeys(db.jdbi()).add(Files.readAllBytes(file), Clock.systemUTC().instant())) {
                    spec.commandLine().getOut().println("Intake key " + fpr + " added: new submissions are encrypted to it.");
                }
                spec.commandLine().getOut().flush();
                return 0;
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("yadman intake keys add: " + file + ": " + e.getMessage());
                return 1;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the active intake keys: fingerprint, added, user ids.")
    static final class ListKeys implements Callable<Integer> {
        @Mixin DatabaseOptions database;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Database db = database.open()) {
                for (IntakeKeys.Key k : new IntakeKeys(db.jdbi()).active()) {
                    out.printf("%s\t%s\t%s%n", k.fingerprint(), k.addedAt(), k.userIds().replace('\n', ';'));
                }
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "retire", mixinStandardHelpOptions = true,
            description = {"Stop encrypting new submissions to the key FINGERPRINT (its holder left, or its secret may be exposed).",
                    "What was encrypted to it stays readable with its secret key. Add the successor first: the last key cannot be retired."})
    static final class RetireKey implements Callable<Integer> {
        @Mixin DatabaseOptions database;
        @Parameters(index = "0", paramLabel = "FINGERPRINT") String fingerprint;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            try (Database db = database.open()) {
                IntakeKeys.Key retired = new IntakeKeys(db.jdbi()).retire(fingerprint, Clock.systemUTC().instant());
                spec.commandLine().getOut().println("Intake key " + retired.fingerprint() + " retired: new submissions are no longer encrypted to it.");
                spec.commandLine().getOut().flush();
                return 0;
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("yadman intake keys retire: " + e.getMessage());
                return 1;
            }
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Write every submission, still encrypted, into DIR for GnuPG on an air-gapped machine:",
                    "DIR/submission-ID/message-MID-AUTHOR.gpg, message-MID-file-N.gpg and SHA256SUMS."})
    static final class ExportAll implements Callable<Integer> {
        @Mixin DatabaseOptions database;
        @Parameters(index = "0", paramLabel = "DIR") Path dir;
        @Spec CommandSpec spec;

        @Override
        public Integer call() throws IOException, SQLException {
            try (Database db = database.open()) {
                int n = Export.write(db.dataSource(), db.jdbi(), dir);
                spec.commandLine().getOut().printf("Wrote %d encrypted file(s) into %s; decrypt with gpg --decrypt.%n", n, dir);
                spec.commandLine().getOut().flush();
                return 0;
            }
        }
    }

    @Command(name = "verify-proof", mixinStandardHelpOptions = true,
            description = "Check a proof of filing offline against the log's public key (DATA/keys/log.pub); optionally that FILE is the ciphertext it names.")
    static final class VerifyProof implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "PROOF") Path proof;
        @Option(names = "--log-key", required = true, paramLabel = "FILE", description = "The log's verifier key file (log.pub).") Path logKey;
        @Option(names = "--ciphertext", paramLabel = "FILE", description = "The encrypted message whose SHA-256 the proof must name.") Path ciphertext;
        @Spec CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            try {
                var verified = FilingProof.verify(Files.readString(proof), Files.readString(logKey).strip());
                if (ciphertext != null) {
                    String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(ciphertext)));
                    if (!sha.equals(verified.ciphertextSha256())) throw new VerificationException(ciphertext + " has SHA-256 " + sha + ", the proof names " + verified.ciphertextSha256());
                }
                spec.commandLine().getOut().printf("OK: intake message %d (ciphertext SHA-256 %s) is entry %d of the log, within signed tree size %d.%n",
                        verified.leaf().id(), verified.ciphertextSha256(), verified.index(), verified.treeSize());
                spec.commandLine().getOut().flush();
                return 0;
            } catch (VerificationException e) {
                spec.commandLine().getErr().println("yadman intake verify-proof: " + proof + ": FAILED: " + e.getMessage());
                return 1;
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
