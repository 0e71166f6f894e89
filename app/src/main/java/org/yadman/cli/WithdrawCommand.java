package org.yadman.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import org.yadman.memorial.Publications;
import org.yadman.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Takes a person off the public memorial at once (a family's request, a safety concern); logged. */
@Command(name = "withdraw", mixinStandardHelpOptions = true,
        description = "Take a person off the public memorial: their page, search results, counts, map, timeline and exhibitions, from the next request.")
public final class WithdrawCommand implements Callable<Integer> {
    @Mixin DatabaseOptions database;

    @Option(names = "--person", required = true, paramLabel = "ID", description = "The person.")
    long person;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        try (Database db = database.open()) {
            long publication = db.jdbi().inTransaction(h -> Publications.withdraw(h, person, null, Clock.systemUTC().instant()));
            spec.commandLine().getOut().printf("Person %d is off the memorial (publication %d withdrawn).%n", person, publication);
            spec.commandLine().getOut().flush();
            return 0;
        } catch (Publications.Refused e) {
            spec.commandLine().getErr().println("yadman withdraw: " + e.getMessage() + ".");
            return 1;
        }
    }
}
