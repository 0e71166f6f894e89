package org.yadman.importing;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to import: a CSV or XLSX file into a named source, read with a mapping.
 * Build with {@link #of(Path, String, Mapping)} and the {@code with…} methods.
 *
 * @param file the list, .csv (UTF-8) or .xlsx
 * @param sourceName the source it belongs to; created with the mapping's metadata when new
 * @param mapping how to read it
 * @param skipBadRows import the good rows and write the others to FILE.rejects.csv, instead of refusing the file
 * @param force import even when the same content was imported before
 * @param maxFieldBytes the largest field accepted, in bytes of UTF-8
 * @param progress told of progress while rows are read; {@link ImportProgress#NONE} for silence
 */
public record ImportRequest(Path file, String sourceName, Mapping mapping, boolean skipBadRows, boolean force,
                            int maxFieldBytes, ImportProgress progress) {
    /** One mebibyte: far above any real name, date or note, far below what would strain memory. */
    public static final int DEFAULT_MAX_FIELD_BYTES = 1 << 20;

    public ImportRequest {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(mapping, "mapping");
        if (sourceName == null || sourceName.isBlank()) throw new IllegalArgumentException("a source name is required");
        if (maxFieldBytes < 1) throw new IllegalArgumentException("maxFieldBytes must be at least 1, not " + maxFieldBytes);
        if (progress == null) progress = ImportProgress.NONE;
    }

    public static ImportRequest of(Path file, String sourceName, Mapping mapping) {
        return new ImportRequest(file, sourceName, mapping, false, false, DEFAULT_MAX_FIELD_BYTES, ImportProgress.NONE);
    }

    public ImportRequest withSkipBadRows(boolean skip) {
        return new ImportRequest(file, sourceName, mapping, skip, force, maxFieldBytes, progress);
    }

    public ImportRequest withForce(boolean forceAgain) {
        return new ImportRequest(file, sourceName, mapping, skipBadRows, forceAgain, maxFieldBytes, progress);
    }

    public ImportRequest withMaxFieldBytes(int max) {
        return new ImportRequest(file, sourceName, mapping, skipBadRows, force, max, progress);
    }

    public ImportRequest withProgress(ImportProgress listener) {
        return new ImportRequest(file, sourceName, mapping, skipBadRows, force, maxFieldBytes, listener);
    }
}
