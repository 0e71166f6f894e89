package org.yadman.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.yadman.evidence.EventKind;
import org.yadman.evidence.EventLog;
import org.yadman.store.Database;

/**
 * Imports one list in one database transaction: the source (created when new), an import batch,
 * and per row a source record carrying its facts (one per non-empty mapped field), a person of
 * its own and the link between them. Every row is checked before the transaction commits: a bad row stops
 * the import with a message naming file, row, line and column and nothing is written, unless
 * the request skips bad rows, which then go to FILE.rejects.csv. The same content (by SHA-256)
 * is refused a second time unless forced.
 */
public final class Importer {
    private static final long PROGRESS_INTERVAL_NANOS = 200_000_000L;

    private Importer() {}

    public static ImportReport run(Database db, ImportRequest request) {
        long started = System.nanoTime();
        Path file = request.file();
        if (!Files.isRegularFile(file)) throw new ImportException(file + ": no such file");
        try {
            String sha256 = sha256(file);
            long size = Files.size(file);
            try (Connection c = db.dataSource().getConnection()) {
                c.setAutoCommit(false);
                Run run = new Run(c, request, sha256, size);
                try {
                    ImportReport report = run.execute(started);
                    c.commit();
                    Path rejectsFile = run.rejects == null ? null : run.rejects.publish();
                    return new ImportReport(report.importId(), report.sourceId(), report.sourceCreated(),
                            report.rowsImported(), report.rowsRejected(), report.facts(), rejectsFile,
                            sha256, Duration.ofNanos(System.nanoTime() - started));
                } catch (RuntimeException | SQLException | IOException e) {
                    run.closeWriter();
                    c.rollback();
                    throw e;
                } finally {
                    run.closeWriter();
                    if (run.rejects != null) run.rejects.close();
                }
            }
        } catch (SQLException e) {
            throw new ImportException(file.getFileName() + ": the database refused the import, nothing was imported: "
                    + e.getMessage(), e);
        } catch (IOException e) {
            throw new ImportException(file.getFileName() + ": cannot read: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new ImportException(file.getFileName() + ": cannot read: " + e.getCause().getMessage(), e);
        }
    }

    /** The state of one import while rows stream through it. */
    private static final class Run implements RowSource.Handler {
        private final Connection connection;
        private final ImportRequest request;
        private final String fileName;
        private final String sha256;
        private final long size;
        private final RowSource source;
        private final RecordKeys keys = new RecordKeys();
        private RowInterpreter interpreter;
        private CopyWriter writer;
        private RejectsWriter rejects;
        private long sourceId;
        private long importId;
        private long imported;
        private long lastProgress = System.nanoTime();

        Run(Connection connection, ImportRequest request, String sha256, long size) {
            this.connection = connection;
            this.request = request;
            this.fileName = String.valueOf(request.file().getFileName());
            this.sha256 = sha256;
            this.size = size;
            this.source = fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")
                    ? new XlsxRowSource(request.file(), request.maxFieldBytes())
                    : new CsvRowSource(request.file(), request.mapping().delimiter(), request.maxFieldBytes());
        }

        ImportReport execute(long started) throws SQLException, IOException {
            refuseRepeatedContent();
            boolean created = findOrCreateSource();
            importId = insertBatch();
            writer = new CopyWriter(connection, sourceId, importId);
            try {
                source.read(this);
            } catch (Unchecked e) {
                throw e.sqlException;
            }
            writer.finish();
            long rejected = rejects == null ? 0 : rejects.count();
            if (imported + rejected == 0) {
                throw new ImportException(fileName + ": the file has a header but no data rows. Nothing was imported.");
            }
            try (PreparedStatement s = connection.prepareStatement(
                    "UPDATE import_batch SET row_count = ?, rejected_count = ? WHERE id = ?")) {
                s.setLong(1, imported);
                s.setLong(2, rejected);
                s.setLong(3, importId);
                s.executeUpdate();
            }
            EventLog.append(connection, EventKind.IMPORT, importId); // commits to the file and every row written
            request.progress().update(imported + rejected, size, size);
            return new ImportReport(importId, sourceId, created, imported, rejected, writer.factCount(), null,
                    sha256, Duration.ofNanos(System.nanoTime() - started));
        }

        void closeWriter() {
            if (writer != null) writer.close();
        }

        @Override
        public void header(List<String> headers) {
            interpreter = new RowInterpreter(request.mapping(), headers, fileName);
            if (request.skipBadRows()) rejects = new RejectsWriter(request.file(), headers);
        }

        @Override
        public void row(RawRow row) {
            try {
                RowInterpreter.Interpreted result;
                try {
                    result = interpreter.interpret(row);
                    int earlier = keys.addOrFindEarlier(result.recordKey(), Math.toIntExact(row.number()));
                    if (earlier > 0) {
                        throw new RowInterpreter.Rejected(request.mapping().idColumn(),
                                "record id '" + result.recordKey() + "' already appears in row " + earlier);
                    }
                } catch (RowInterpreter.Rejected e) {
                    if (!request.skipBadRows()) {
                        throw new ImportException(fileName + ": row " + row.number() + " (line " + row.line() + ")"
                                + (e.problem.column() == null ? "" : ", column '" + e.problem.column() + "'") + ": "
                                + e.problem.reason() + ". Nothing was imported.");
                    }
                    rejects.write(row, e.problem);
                    progress(row.number());
                    return;
                }
                writer.add(row.number(), result.recordKey(), interpreter.headers(), row.fields(), result.facts());
                imported++;
                progress(row.number());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SQLException e) {
                throw new Unchecked(e);
            }
        }

        private void progress(long rows) {
            if ((rows & 1023) != 0) return;
            long now = System.nanoTime();
            if (now - lastProgress < PROGRESS_INTERVAL_NANOS) return;
            lastProgress = now;
            request.progress().update(rows, source.bytesRead(), size);
        }

        private void refuseRepeatedContent() throws SQLException {
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")) {
                lock.setString(1, "import:" + sha256);
                lock.execute();
            }
            if (request.force()) return;
            try (PreparedStatement s = connection.prepareStatement("SELECT b.id, b.file_name, b.imported_at, s.name"
                    + " FROM import_batch b JOIN source s ON s.id = b.source_id WHERE b.content_sha256 = ? ORDER BY b.id LIMIT 1")) {
                s.setString(1, sha256);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        throw new ImportException(fileName + ": the same content (SHA-256 " + sha256 + ") was already imported as import #"
                                + r.getLong(1) + " (file '" + r.getString(2) + "' into source '" + r.getString(4) + "' at "
                                + r.getTimestamp(3).toInstant() + "). Nothing was imported; use --force to import it again.");
                    }
                }
            }
        }

        private boolean findOrCreateSource() throws SQLException {
            Mapping m = request.mapping();
            try (PreparedStatement s = connection.prepareStatement("INSERT INTO source (name, title, supplied_by, reliability,"
                    + " language, script, default_calendar, synthetic) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (name) DO NOTHING RETURNING id")) {
                s.setString(1, request.sourceName());
                s.setString(2, m.source().title());
                s.setString(3, m.source().suppliedBy());
                s.setString(4, m.source().reliability() == null ? null : m.source().reliability().toString());
                s.setString(5, m.source().language());
                s.setString(6, m.script().name().toLowerCase(Locale.ROOT));
                s.setString(7, m.calendar().name().toLowerCase(Locale.ROOT));
                s.setBoolean(8, m.source().synthetic());
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        sourceId = r.getLong(1);
                        return true;
                    }
                }
            }
            try (PreparedStatement s = connection.prepareStatement("SELECT id FROM source WHERE name = ?")) {
                s.setString(1, request.sourceName());
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    sourceId = r.getLong(1);
                    return false;
                }
            }
        }

        private long insertBatch() throws SQLException {
            try (PreparedStatement s = connection.prepareStatement("INSERT INTO import_batch (source_id, file_name,"
                    + " content_sha256, mapping, row_count, forced) VALUES (?, ?, ?, ?::jsonb, 0, ?) RETURNING id")) {
                s.setLong(1, sourceId);
                s.setString(2, fileName);
                s.setString(3, sha256);
                s.setString(4, request.mapping().toJson());
                s.setBoolean(5, request.force());
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            }
        }
    }

    /** Carries a database error out of the row callback. */
    private static final class Unchecked extends RuntimeException {
        final SQLException sqlException;

        Unchecked(SQLException e) {
            super(e);
            this.sqlException = e;
        }
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) digest.update(buffer, 0, n);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
