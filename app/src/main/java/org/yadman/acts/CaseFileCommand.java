package org.yadman.acts;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.yadman.cli.DatabaseOptions;
import org.yadman.evidence.BundleWriter;
import org.yadman.evidence.EvidenceStore;
import org.yadman.evidence.LogKeys;
import org.yadman.linkage.UncertainDate;
import org.yadman.store.Database;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "casefile", mixinStandardHelpOptions = true,
        description = {"Write a case file as a court bundle (BagIt zip): the case file in English and Persian, every logged event",
                "about its acts, their assertions, the positions and the evidence items (with their files), each with a proof.",
                "Protected witnesses appear by pseudonym only and their evidence is left out. Check it with `yadman verify`."})
public final class CaseFileCommand implements Callable<Integer> {
    @Mixin DatabaseOptions database;

    static final class Scope {
        @Option(names = "--perpetrator", paramLabel = "ID", description = "The acts of this perpetrator (a person id).") Long perpetrator;
        @Option(names = "--prison", paramLabel = "ID", description = "The acts at this place (a place id) or anywhere inside it.") Long prison;
        @ArgGroup(exclusive = false) Period period;
    }

    static final class Period {
        @Option(names = "--from", required = true, paramLabel = "DATE", description = "Start of the period (any calendar, e.g. 1367/05/01).") String from;
        @Option(names = "--to", required = true, paramLabel = "DATE", description = "End of the period.") String to;
    }

    @ArgGroup(exclusive = true, multiplicity = "1") Scope scope;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.zip") Path output;

    @Option(names = "--synthetic", description = "Say in the case file that it shows synthetic demonstration data.") boolean synthetic;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException, SQLException {
        try (Database db = database.open()) {
            CaseFile.Scope chosen = scope();
            BundleWriter writer = new BundleWriter(db.dataSource(), EvidenceStore.in(database.dataDirectory()), LogKeys.signer(database.dataDirectory()));
            int events = CaseBundle.write(db.jdbi(), writer, chosen, synthetic, output, Clock.systemUTC().instant());
            spec.commandLine().getOut().printf("Wrote %s: case file for %s %s, %d logged events with proofs.%n", output, chosen.kind(),
                    chosen.id() != null ? chosen.id() : chosen.from() + ".." + chosen.to(), events);
            spec.commandLine().getOut().flush();
            return 0;
        } catch (InputProblem | IllegalArgumentException | IllegalStateException | java.time.format.DateTimeParseException e) {
            spec.commandLine().getErr().println("yadman casefile: " + e.getMessage());
            return 1;
        }
    }

    private CaseFile.Scope scope() {
        if (scope.perpetrator != null) return CaseFile.Scope.perpetrator(scope.perpetrator);
        if (scope.prison != null) return CaseFile.Scope.prison(scope.prison);
        UncertainDate from = UncertainDate.parse(scope.period.from, UncertainDate.Calendar.SOLAR_HIJRI);
        UncertainDate to = UncertainDate.parse(scope.period.to, UncertainDate.Calendar.SOLAR_HIJRI);
        if (from == null || to == null) throw new InputProblem("--from", "a period needs both --from and --to");
        return CaseFile.Scope.period(from.earliest(), to.latest());
    }
}
