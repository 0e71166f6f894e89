package org.yadman.importing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The rows --skip-bad-rows left out, as CSV beside the input (FILE.rejects.csv): row, line,
 * column and reason, then the row's fields under the file's headers. Written to a temporary
 * file and moved into place only when the import commits.
 */
final class RejectsWriter implements AutoCloseable {
    private final Path target;
    private final Path temporary;
    private final List<String> headers;
    private BufferedWriter out;
    private long count;

    RejectsWriter(Path input, List<String> headers) {
        this.target = input.resolveSibling(input.getFileName() + ".rejects.csv");
        this.temporary = input.resolveSibling(input.getFileName() + ".rejects.csv.partial");
        this.headers = headers;
    }

    void write(RawRow row, RowProblem problem) throws IOException {
        if (out == null) {
            out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
            line(List.of("row", "line", "column", "reason"), headers);
        }
        line(List.of(String.valueOf(row.number()), String.valueOf(row.line()),
                problem.column() == null ? "" : problem.column(), problem.reason()), row.fields());
        count++;
    }

    long count() {
        return count;
    }

    private void line(List<String> first, List<String> rest) throws IOException {
        boolean start = true;
        for (List<String> part : List.of(first, rest)) {
            for (String field : part) {
                if (!start) out.write(',');
                start = false;
                out.write('"');
                out.write(field.replace("\"", "\"\""));
                out.write('"');
            }
        }
        out.write("\r\n");
    }

    /** Moves the rejects into place; returns where, or null when there were none. */
    Path publish() throws IOException {
        if (out == null) return null;
        out.close();
        out = null;
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    /** Discards the rejects of an import that did not commit. */
    @Override
    public void close() throws IOException {
        if (out != null) out.close();
        Files.deleteIfExists(temporary);
    }
}
