package org.yadman.cli;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.yadman.atlas.Exhibitions;
import org.yadman.atlas.PhotoPublisher;
import org.yadman.evidence.EvidenceStore;
import org.yadman.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Exhibition photographs from the command line, where the evidence store is at hand: the original
 * is an evidence item (added with {@code yadman evidence add}); what the public sees is a copy with
 * its metadata removed, derived from it.
 */
@Command(name = "exhibition", mixinStandardHelpOptions = true, description = "Exhibitions of the public memorial.",
        subcommands = {ExhibitionCommand.Photo.class})
public final class ExhibitionCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "photo", mixinStandardHelpOptions = true,
            description = "Publish evidence item EVIDENCE (a JPEG or PNG) as the photograph of exhibition item ITEM, without its metadata.")
    static final class Photo implements Callable<Integer> {
        @Mixin DatabaseOptions database;

        @Option(names = "--item", required = true, paramLabel = "ITEM", description = "The exhibition item (shown in the workspace).")
        long item;

        @Option(names = "--evidence", required = true, paramLabel = "EVIDENCE", description = "The evidence item holding the original photograph.")
        long evidence;

        @Option(names = "--actor", paramLabel = "NAME", defaultValue = "${sys:user.name}",
                description = "Who publishes it, for the custody record (default: the system user).")
        String actor;

        @Spec CommandSpec spec;

        @Override
        public Integer call() throws SQLException {
            try (Database db = database.open()) {
                long published = new PhotoPublisher(db.dataSource(), EvidenceStore.in(database.dataDirectory()),
                        new Exhibitions(db.jdbi())).publish(item, evidence, actor, Clock.systemUTC().instant());
                spec.commandLine().getOut().printf("Exhibition item %d: published photograph is evidence item %d, derived from %d%n",
                        item, published, evidence);
                spec.commandLine().getOut().flush();
                return 0;
            } catch (IOException | IllegalArgumentException | Exhibitions.Refused e) {
                spec.commandLine().getErr().println("yadman exhibition photo: " + e.getMessage());
                return 1;
            }
        }
    }
}
