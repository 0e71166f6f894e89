package org.yadman.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.yadman.linkage.LinkageModel;
import org.yadman.linking.CurrentClusters;
import org.yadman.linking.LinkRun;
import org.yadman.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "link", mixinStandardHelpOptions = true,
        description = {"Link the imported records into persons, in one transaction (docs/linkage-in-the-app.md):",
                "train a model (or apply --model), cluster honouring reviewers' decisions, move the records whose",
                "person changed, and queue the doubtful pairs for review."})
public final class LinkCommand implements Callable<Integer> {
    @Mixin DatabaseOptions database;

    @Option(names = "--source", paramLabel = "NAME", description = "Link only this source's records (repeatable; default all).")
    List<String> sources = new ArrayList<>();

    @Option(names = "--duplicate-free", paramLabel = "NAME",
            description = "A source that lists each person at most once (repeatable): never two of its records in one person.")
    List<String> duplicateFree = new ArrayList<>();

    @Option(names = "--threshold", paramLabel = "P", defaultValue = "0.5",
            description = "Match probability at which records join (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--review-band", paramLabel = "LOW", defaultValue = "0.1",
            description = "Pairs from LOW up to the threshold left apart go to review (default: ${DEFAULT-VALUE}).")
    double reviewFloor;

    @Option(names = "--model", paramLabel = "FILE", description = "Apply this saved model (JSON) instead of training one.")
    Path model;

    @Option(names = "--save-model", paramLabel = "FILE", description = "Write the model used to FILE (JSON).")
    Path saveModel;

    @Option(names = "--export", paramLabel = "FILE", description = "Write record_id,cluster_id of the linked records to FILE (CSV).")
    Path export;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String modelJson = null;
        if (model != null) {
            try {
                modelJson = Files.readString(model, StandardCharsets.UTF_8);
                LinkageModel.fromJson(modelJson);
            } catch (IOException | IllegalArgumentException e) {
                err.println("yadman link: " + model + ": " + e.getMessage());
                return 2;
            }
        }
        try (Database db = database.open()) {
            LinkRun.Result result;
            try {
                result = new LinkRun(db.jdbi(), Clock.systemUTC()).run(new LinkRun.Options(sources, duplicateFree,
                        threshold, reviewFloor, modelJson, System.getProperty("user.name", "cli"),
                        stage -> err.println("yadman link: " + stage)));
            } catch (IllegalArgumentException e) {
                err.println("yadman link: " + e.getMessage() + ". Nothing was changed.");
                return 1;
            }
            out.printf("Link run #%d: %,d records, %,d candidate pairs, %,d persons, %,d links changed, %,d pairs to review.%n",
                    result.runId(), result.records(), result.candidatePairs(), result.persons(), result.linksChanged(),
                    result.reviewPairs());
            if (saveModel != null) {
                Files.writeString(saveModel, result.model().toJson(), StandardCharsets.UTF_8);
                out.println("Model written to " + saveModel);
            }
            if (export != null) {
                var clusters = CurrentClusters.byRecordKey(db.jdbi(), sources);
                try (Writer w = Files.newBufferedWriter(export, StandardCharsets.UTF_8)) {
                    CurrentClusters.writeCsv(clusters, w);
                }
                out.printf("Clusters of %,d records written to %s%n", clusters.size(), export);
            }
            out.flush();
            return 0;
        }
    }
}
