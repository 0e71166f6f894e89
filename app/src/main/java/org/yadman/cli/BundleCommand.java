package org.yadman.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.yadman.evidence.BundleWriter;
import org.yadman.evidence.EvidenceStore;
import org.yadman.evidence.LogKeys;
import org.yadman.store.Database;
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

    @Option(names = "--evidence", required = true, paramLabel = "ID", description = "The evidence item (with its working copies).")
    long evidenceId;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.zip") Path output;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException, SQLException {
        try (Database db = database.open()) {
            BundleWriter writer = new BundleWriter(db.dataSource(), EvidenceStore.in(database.dataDirectory()), LogKeys.signer(database.dataDirectory()));
            int items = writer.writeEvidence(evidenceId, output, Clock.systemUTC().instant());
            spec.commandLine().getOut().printf("Wrote %s: evidence item %d, %d logged events with proofs.%n", output, evidenceId, items);
            spec.commandLine().getOut().flush();
            return 0;
        } catch (IllegalArgumentException | IllegalStateException e) {
            spec.commandLine().getErr().println("yadman bundle: " + e.getMessage());
            return 1;
        }
    }
}
