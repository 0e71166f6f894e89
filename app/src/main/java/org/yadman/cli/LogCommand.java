package org.yadman.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.yadman.evidence.Checkpoints;
import org.yadman.evidence.EvidenceStore;
import org.yadman.evidence.LogKeys;
import org.yadman.evidence.LogVerifier;
import org.yadman.evidence.Witnesses;
import org.yadman.ledger.Ledger;
import org.yadman.ledger.NoteVerifier;
import org.yadman.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "log", mixinStandardHelpOptions = true, description = "The evidence transparency log.",
        subcommands = {LogCommand.Sign.class, LogCommand.Verify.class, LogCommand.AddWitness.class})
public final class LogCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "checkpoint", mixinStandardHelpOptions = true, description = "Sign a checkpoint of the log now and print it.")
    static final class Sign implements Callable<Integer> {
        @Mixin DatabaseOptions database;
        @Spec CommandSpec spec;

        @Override
        public Integer call() throws SQLException {
            try (Database db = database.open()) {
                Checkpoints.Stored cp = Checkpoints.signNow(db.dataSource(), LogKeys.signer(database.dataDirectory()), Clock.systemUTC().instant());
                spec.commandLine().getOut().print(cp.note());
                spec.commandLine().getOut().flush();
                return 0;
            } catch (IllegalStateException e) {
                spec.commandLine().getErr().println("yadman log checkpoint: " + e.getMessage());
                return 1;
            }
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Recompute every leaf from the rows, the tree from the leaves, rehash every evidence file,",
                    "and check every checkpoint ever signed against the tree. Exit 1 and name each problem if any."})
    static final class Verify implements Callable<Integer> {
        @Mixin DatabaseOptions database;
        @Spec CommandSpec spec;

        @Override
        public Integer call() throws SQLException, IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            var pub = LogKeys.publicFile(database.dataDirectory());
            NoteVerifier key = Files.exists(pub) ? Ledger.noteVerifier(Files.readString(pub, StandardCharsets.US_ASCII).strip()) : null;
            if (key == null) err.println("yadman log verify: no " + pub + "; checkpoint signatures are not checked");
            try (Database db = database.open()) {
                LogVerifier.Report report = LogVerifier.verify(db.dataSource(), key, EvidenceStore.in(database.dataDirectory()));
                for (String problem : report.problems()) err.println("FAIL " + problem);
                out.printf("%s: %,d leaves, %d checkpoints, %,d evidence files checked.%n",
                        report.ok() ? "OK" : report.problems().size() + " problem(s)", report.entries(), report.checkpoints(), report.files());
                out.flush();
                err.flush();
                return report.ok() ? 0 : 1;
            }
        }
    }

    @Command(name = "witness", mixinStandardHelpOptions = true,
            description = "Accept cosignatures (POST /log/cosign) from the witness with verifier key KEY.")
    static final class AddWitness implements Callable<Integer> {
        @Mixin DatabaseOptions database;
        @Parameters(index = "0", paramLabel = "KEY", description = "The witness's verifier key, name+keyid+base64.")
        String key;
        @Spec CommandSpec spec;

        @Override
        public Integer call() throws SQLException {
            try (Database db = database.open(); var c = db.dataSource().getConnection()) {
                var witness = Witnesses.add(c, key);
                spec.commandLine().getOut().println("Witness " + witness.name() + " accepted.");
                spec.commandLine().getOut().flush();
                return 0;
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("yadman log witness: " + e.getMessage());
                return 2;
            }
        }
    }
}
