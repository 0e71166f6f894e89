package org.yadman.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.yadman.linkage.Evaluation;
import org.yadman.linking.CurrentClusters;
import org.yadman.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "eval-linkage", mixinStandardHelpOptions = true,
        description = "Compare the registry's current persons with a truth file: pairwise precision, recall, F1, B-cubed, cluster counts.")
public final class EvalLinkageCommand implements Callable<Integer> {
    @Mixin DatabaseOptions database;

    @Option(names = "--truth", paramLabel = "FILE", required = true,
            description = "CSV with a header holding record_id and person_id (e.g. file,record_id,person_id).")
    Path truth;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Map<String, String> truthByRecord;
        try {
            truthByRecord = readTruth(truth);
        } catch (IllegalArgumentException e) {
            err.println("yadman eval-linkage: " + e.getMessage());
            return 2;
        }
        try (Database db = database.open()) {
            Map<String, String> predicted = CurrentClusters.byRecordKey(db.jdbi(), List.of());
            long matched = predicted.keySet().stream().filter(truthByRecord::containsKey).count();
            if (matched == 0) {
                err.println("yadman eval-linkage: no record of " + truth + " is in the registry");
                return 1;
            }
            Evaluation e = Evaluation.of(predicted, truthByRecord);
            out.printf(Locale.ROOT, "records evaluated: %d (truth %d, registry %d)%n", matched, truthByRecord.size(), predicted.size());
            out.printf(Locale.ROOT, "pairwise precision %.4f recall %.4f F1 %.4f%n", e.pairPrecision(), e.pairRecall(), e.pairF1());
            out.printf(Locale.ROOT, "B-cubed  precision %.4f recall %.4f F1 %.4f%n", e.bCubedPrecision(), e.bCubedRecall(), e.bCubedF1());
            out.printf(Locale.ROOT, "clusters predicted %d true %d%n", e.predictedClusters(), e.trueClusters());
            out.flush();
            return 0;
        }
    }

    /** record_id → person_id; a row without either names its line. */
    static Map<String, String> readTruth(Path file) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such file");
        }
        if (lines.isEmpty()) throw new IllegalArgumentException(file + ": empty");
        List<String> header = List.of(lines.get(0).replace("\uFEFF", "").split(",", -1));
        int record = header.indexOf("record_id");
        int person = header.indexOf("person_id");
        if (record < 0 || person < 0) throw new IllegalArgumentException(file + ": the header needs record_id and person_id, got " + header);
        Map<String, String> truth = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            String[] f = lines.get(i).split(",", -1);
            if (f.length <= Math.max(record, person) || f[record].isBlank() || f[person].isBlank()) {
                throw new IllegalArgumentException(file + ": row " + (i + 1) + ": record_id or person_id missing");
            }
            truth.put(f[record].strip(), f[person].strip());
        }
        return truth;
    }
}
