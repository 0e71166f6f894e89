package org.yadman.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.yadman.evidence.LogKeys;
import org.yadman.ledger.NoteVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "keys", mixinStandardHelpOptions = true, description = "The evidence log's signing key.",
        subcommands = {KeysCommand.Init.class})
public final class KeysCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "init", mixinStandardHelpOptions = true,
            description = {"Make the log's Ed25519 key: DATA/keys/log.key (mode 0600, keep it secret and backed up)",
                    "and DATA/keys/log.pub (the verifier key to give to mirrors, witnesses and courts)."})
    static final class Init implements Callable<Integer> {
        @Option(names = "--data", paramLabel = "DIR", defaultValue = "yadman-data", description = "Data directory (default: ${DEFAULT-VALUE}).")
        Path data;

        @Option(names = "--origin", paramLabel = "NAME", defaultValue = "yadman.local/log",
                description = "The log's name, first line of every checkpoint, e.g. example.org/yadman (default: ${DEFAULT-VALUE}).")
        String origin;

        @Spec CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            try {
                NoteVerifier key = LogKeys.init(data, origin);
                out.println("Log key written to " + LogKeys.secretFile(data) + " (mode 0600).");
                out.println("Public verifier key (also in " + LogKeys.publicFile(data) + "):");
                out.println(key.verifierKey());
                out.flush();
                return 0;
            } catch (FileAlreadyExistsException e) {
                spec.commandLine().getErr().println("yadman keys init: " + e.getMessage());
                return 1;
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("yadman keys init: --origin: " + e.getMessage());
                return 2;
            }
        }
    }
}
