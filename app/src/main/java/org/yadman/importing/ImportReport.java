package org.yadman.importing;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What one committed import wrote.
 *
 * @param importId the import_batch row
 * @param sourceId the source the records belong to
 * @param sourceCreated whether this import created the source
 * @param rowsImported source records (and persons, and links) written
 * @param rowsRejected rows skipped with --skip-bad-rows
 * @param facts facts read from the rows (one per non-empty mapped field)
 * @param rejectsFile where the rejected rows were written, or null when none were
 * @param contentSha256 hex SHA-256 of the file's bytes
 * @param elapsed wall time of the import
 */
public record ImportReport(long importId, long sourceId, boolean sourceCreated, long rowsImported, long rowsRejected,
                           long facts, Path rejectsFile, String contentSha256, Duration elapsed) {

    public double rowsPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds > 0 ? (rowsImported + rowsRejected) / seconds : 0;
    }
}
