package org.yadman.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.yadman.evidence.BundleVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check an evidence bundle offline, with no database: manifests, file hashes, leaves, proofs, checkpoints.",
                "Exit 0 when everything holds, 1 with each problem named otherwise."})
public final class VerifyCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "BUNDLE.zip") Path bundle;

    @Option(names = "--checkpoint", paramLabel = "FILE",
            description = "A checkpoint of the same log obtained elsewhere (a witness, an earlier bundle) that the bundle must be consistent with.")
    Path checkpoint;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(bundle)) {
            err.println("yadman verify: " + bundle + ": no such file");
            return 2;
        }
        String external = checkpoint == null ? null : Files.readString(checkpoint, StandardCharsets.UTF_8);
        BundleVerifier.Report report = BundleVerifier.verify(bundle, external);
        for (String problem : report.problems()) err.println("FAIL " + problem);
        if (report.checkpoint() != null) {
            out.printf("Log %s, checkpoint size %d, root %s%nLog key %s (compare it with the one the log publishes)%n",
                    report.checkpoint().origin(), report.checkpoint().size(), report.checkpoint().root().hex(), report.logKey());
        }
        out.printf("%s: %d logged events and rows, %d files checked.%n", report.ok() ? "OK" : report.problems().size() + " problem(s)",
                report.items(), report.files());
        out.flush();
        err.flush();
        return report.ok() ? 0 : 1;
    }
}
