package org.yadman.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.yadman.evidence.BundleContents;
import org.yadman.evidence.BundleWriter;
import org.yadman.evidence.EvidenceStore;
import org.yadman.evidence.LogKeys;
import org.yadman.store.Database;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bundle", mixinStandardHelpOptions = true,
        description = {"Write a BagIt evidence bundle (zip): the files, a tlog-proof per logged event, the checkpoints,",
                "the log's public key and a readable manifest.html. Check it anywhere with `yadman verify`."})
public final class BundleCommand implements Callable<Integer> {
    @Mixin DatabaseOptions database;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Subject subject;

    static final class Subject {
        @Option(names = "--evidence", paramLabel = "ID", description = "An evidence item (with its working copies).") Long evidenceId;
        @Option(names = "--person", paramLabel = "ID", description = "A person: source records verbatim, link decisions, assertions, evidence of their sources.")
        Long personId;
        @Option(names = "--act", paramLabel = "ID", description = "An act: the act, its assertions, its source records, evidence of its sources.")
        Long actId;
    }

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.zip") Path output;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException, SQLException {
        try (Database db = database.open()) {
            BundleWriter writer = new BundleWriter(db.dataSource(), EvidenceStore.in(database.dataDirectory()), LogKeys.signer(database.dataDirectory()));
            BundleContents contents;
            String what;
            try (Connection c = db.dataSource().getConnection()) {
                if (subject.evidenceId != null) {
                    contents = BundleContents.evidence(c, subject.evidenceId);
                    what = "evidence item " + subject.evidenceId;
                } else if (subject.personId != null) {
                    contents = BundleContents.person(c, subject.personId);
                    what = "person " + subject.personId;
                } else {
                    contents = BundleContents.act(c, subject.actId);
                    what = "act " + subject.actId;
                }
            }
            int items = writer.write(contents, output, Clock.systemUTC().instant());
            spec.commandLine().getOut().printf("Wrote %s: %s, %d logged events and rows with proofs.%n", output, what, items);
            spec.commandLine().getOut().flush();
            return 0;
        } catch (IllegalArgumentException | IllegalStateException e) {
            spec.commandLine().getErr().println("yadman bundle: " + e.getMessage());
            return 1;
        }
    }
}
