package org.yadman.cli;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.yadman.memorial.Publications;
import org.yadman.store.Database;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Puts persons on the public memorial, each publication logged (docs/evidence-log.md); all or nothing. */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Show persons on the public memorial, on a basis: a public record, or the family's consent.",
                "Fields given with --redact are never shown (nor searched) for them. Withdraw with `yadman withdraw`."})
public final class PublishCommand implements Callable<Integer> {
    @Mixin DatabaseOptions database;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    static final class Which {
        @Option(names = "--person", paramLabel = "ID", description = "A person (repeat for several).") List<Long> persons;
        @Option(names = "--source", paramLabel = "NAME", description = "Every not yet published person with a record in this source.") String source;
    }

    @Option(names = "--basis", required = true, paramLabel = "BASIS", description = "public_record or consent.")
    String basis;

    @Option(names = "--redact", paramLabel = "FIELD", description = "A field never shown for these persons, e.g. father_name (repeat).")
    List<String> redact = new ArrayList<>();

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        try (Database db = database.open()) {
            var now = Clock.systemUTC().instant();
            int published = db.jdbi().inTransaction(h -> {
                if (which.source != null) return Publications.publishSource(h, which.source, basis, redact, null, now);
                for (long person : which.persons) Publications.publish(h, person, basis, redact, null, now);
                return which.persons.size();
            });
            spec.commandLine().getOut().printf("Published %,d person(s) on the basis '%s'%s.%n", published, basis,
                    redact.isEmpty() ? "" : ", without " + String.join(", ", redact));
            spec.commandLine().getOut().flush();
            return 0;
        } catch (Publications.Refused e) {
            spec.commandLine().getErr().println("yadman publish: " + e.getMessage() + ". Nothing was published.");
            return 1;
        }
    }
}
