package org.yadman.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.yadman.importing.ImportException;
import org.yadman.importing.ImportProgress;
import org.yadman.importing.ImportReport;
import org.yadman.importing.ImportRequest;
import org.yadman.importing.Importer;
import org.yadman.importing.Mapping;
import org.yadman.importing.MappingSuggester;
import org.yadman.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import a list (CSV in UTF-8, or XLSX) into a source, in one transaction: all rows or none.",
                "With --suggest, print a proposed mapping for the file instead (see docs/import-mapping.md)."})
public final class ImportCommand implements Callable<Integer> {
    @Mixin DatabaseOptions database;

    @Parameters(index = "0", paramLabel = "FILE", description = "The list: .csv (any of , ; TAB | as delimiter) or .xlsx (first sheet).")
    Path file;

    @Option(names = "--source", paramLabel = "NAME", description = "The source the list belongs to; created when new.")
    String source;

    @Option(names = "--mapping", paramLabel = "MAP.yaml", description = "How to read the list (docs/import-mapping.md).")
    Path mapping;

    @Option(names = "--skip-bad-rows", description = "Import the good rows; write the others with a reason to FILE.rejects.csv.")
    boolean skipBadRows;

    @Option(names = "--force", description = "Import even when the same content was imported before.")
    boolean force;

    @Option(names = "--suggest", description = "Print a proposed mapping YAML for FILE and import nothing.")
    boolean suggest;

    @Option(names = "--max-field-bytes", paramLabel = "BYTES", defaultValue = "" + ImportRequest.DEFAULT_MAX_FIELD_BYTES,
            description = "Largest field accepted, in bytes (default: ${DEFAULT-VALUE}).")
    int maxFieldBytes;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (suggest) {
            try {
                out.print(MappingSuggester.suggest(file));
                out.flush();
                return 0;
            } catch (ImportException e) {
                err.println("yadman import: " + e.getMessage());
                return 1;
            }
        }
        if (source == null || mapping == null) {
            throw new ParameterException(spec.commandLine(), "give --source NAME and --mapping MAP.yaml (or --suggest)");
        }
        Mapping map;
        try {
            map = Mapping.load(mapping);
        } catch (IllegalArgumentException e) {
            err.println("yadman import: mapping " + e.getMessage());
            return 2;
        }
        ConsoleProgress bar = System.console() != null ? new ConsoleProgress(System.err) : null;
        ImportRequest request = ImportRequest.of(file, source, map).withSkipBadRows(skipBadRows).withForce(force)
                .withMaxFieldBytes(maxFieldBytes).withProgress(bar != null ? bar : ImportProgress.NONE);
        try (Database db = database.open()) {
            ImportReport report;
            try {
                report = Importer.run(db, request);
            } finally {
                if (bar != null) bar.finish();
            }
            out.printf("Imported %,d rows of %s into source '%s' as import #%d (%,d facts) in %.1f s, %,.0f rows/s.%n",
                    report.rowsImported(), file.getFileName(), source, report.importId(), report.facts(),
                    report.elapsed().toMillis() / 1000.0, report.rowsPerSecond());
            if (report.rejectsFile() != null) {
                out.printf("Rejected %,d rows; they are in %s with the reason for each.%n", report.rowsRejected(), report.rejectsFile());
            }
            out.flush();
            return 0;
        } catch (ImportException e) {
            err.println("yadman import: " + e.getMessage());
            return 1;
        }
    }
}
