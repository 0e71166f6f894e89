package org.yadman.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.yadman.evidence.EvidenceItems;
import org.yadman.evidence.EvidenceStore;
import org.yadman.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "evidence", mixinStandardHelpOptions = true, description = "The evidence store: files kept by SHA-256, with custody.",
        subcommands = {EvidenceCommand.Add.class, EvidenceCommand.ListItems.class})
public final class EvidenceCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Receive FILE as an evidentiary copy (streamed, any size), log it and a 'received' custody event.")
    static final class Add implements Callable<Integer> {
        @Mixin DatabaseOptions database;

        @Parameters(index = "0", paramLabel = "FILE") Path file;

        @Option(names = "--source", required = true, paramLabel = "NAME", description = "Who or where the file came from; created when new.")
        String source;

        @Option(names = "--note", paramLabel = "TEXT", description = "A note kept with the item.")
        String note;

        @Option(names = "--actor", paramLabel = "NAME", defaultValue = "${sys:user.name}",
                description = "Who receives it, for the custody record (default: the system user).")
        String actor;

        @Spec CommandSpec spec;

        @Override
        public Integer call() throws IOException, SQLException {
            if (!Files.isRegularFile(file)) {
                spec.commandLine().getErr().println("yadman evidence add: " + file + ": no such file");
                return 1;
            }
            try (Database db = database.open(); InputStream in = Files.newInputStream(file)) {
                EvidenceItems items = new EvidenceItems(db.dataSource(), EvidenceStore.in(database.dataDirectory()));
                long id = items.receive(in, file.getFileName().toString(), source, note, actor, Clock.systemUTC().instant());
                try (var c = db.dataSource().getConnection()) {
                    EvidenceItems.Item item = items.item(c, id);
                    spec.commandLine().getOut().printf("Evidence item %d: %s, %,d bytes, SHA-256 %s%n", id, file.getFileName(), item.size(), item.sha256());
                }
                spec.commandLine().getOut().flush();
                return 0;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List evidence items: id, SHA-256, size, source, name.")
    static final class ListItems implements Callable<Integer> {
        @Mixin DatabaseOptions database;
        @Spec CommandSpec spec;

        @Override
        public Integer call() throws SQLException {
            PrintWriter out = spec.commandLine().getOut();
            try (Database db = database.open()) {
                for (EvidenceItems.Item i : new EvidenceItems(db.dataSource(), EvidenceStore.in(database.dataDirectory())).list()) {
                    out.printf("%d\t%s\t%d\t%s\t%s%s%n", i.id(), i.sha256(), i.size(), i.source(), i.originalName(),
                            i.derivedFrom() == null ? "" : "\t(working copy of " + i.derivedFrom() + ")");
                }
            }
            out.flush();
            return 0;
        }
    }
}
