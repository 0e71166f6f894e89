package org.yadman.cli;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.yadman.evidence.CheckpointSchedule;
import org.yadman.evidence.LogKeys;
import org.yadman.store.Database;
import org.yadman.web.Site;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the memorial and the workspace.")
public final class ServeCommand implements Callable<Integer> {
    @Mixin DatabaseOptions database;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--synthetic", description = "Label every page as showing synthetic demonstration data.")
    boolean synthetic;

    @Override
    public Integer call() throws InterruptedException {
        Database db = database.open();
        if (Files.exists(LogKeys.secretFile(database.dataDirectory()))) { // sign the evidence log every 10 minutes when it grew
            new CheckpointSchedule(db.dataSource(), LogKeys.signer(database.dataDirectory()), Duration.ofMinutes(10)).start(Clock.systemUTC());
        }
        serve(db, host, port, synthetic);
        return 0;
    }

    /** Serves until the process is stopped; closes the database on the way out. */
    static void serve(Database db, String host, int port, boolean synthetic) throws InterruptedException {
        var app = Apps.create(new Site(db, Clock.systemUTC(), synthetic));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            db.close();
            stopped.countDown();
        }));
        app.start(host, port);
        System.out.printf("Yadman is serving on http://%s:%d/%n", host, app.port());
        stopped.await();
    }
}
