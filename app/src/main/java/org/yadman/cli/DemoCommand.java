package org.yadman.cli;

import java.util.concurrent.Callable;
import org.yadman.demo.DemoSetup;
import org.yadman.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Create (on first run) and serve a synthetic demonstration dataset; every page says it is synthetic.")
public final class DemoCommand implements Callable<Integer> {
    @Mixin DatabaseOptions database;

    @Option(names = "--port", defaultValue = "8080", description = "Port to listen on, on 127.0.0.1 only (default: ${DEFAULT-VALUE}).")
    int port;

    @Override
    public Integer call() throws InterruptedException {
        Database db = database.open();
        try {
            var outcome = DemoSetup.ensure(db, database.dataDirectory(), System.out);
            System.out.printf("%s synthetic dataset: %d sources, %d records, %d published persons%n",
                    outcome.created() ? "Created the" : "Reusing the", outcome.sources(), outcome.records(), outcome.persons());
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        ServeCommand.serve(db, "127.0.0.1", port, true);
        return 0;
    }
}
